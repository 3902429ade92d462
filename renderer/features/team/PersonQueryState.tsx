import { QueryState } from '../../components/QueryState';

/** Loading or failing to load a person, on any page of theirs: with the way back to the team. */
export function PersonQueryState({ query }: { query: Parameters<typeof QueryState>[0]['query'] }) {
  return (
    <QueryState
      query={query}
      label="Loading person"
      errorTitle="This person could not be shown"
      back={{ to: '/team', label: 'Back to the team' }}
    />
  );
}
