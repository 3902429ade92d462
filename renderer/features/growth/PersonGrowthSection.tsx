import { SimpleGrid, Stack, Title } from '@mantine/core';
import { QueryState } from '../../components/QueryState';
import { GoalsCard } from './GoalsCard';
import { LeaveCard } from './LeaveCard';
import { PersonSkillsCard } from './PersonSkillsCard';
import { usePersonGrowth } from './queries';
import { TrainingLogCard } from './TrainingLogCard';

/** The profile's Growth section: the plan, the training log, skill levels and leave. */
export function PersonGrowthSection({ personId }: { personId: string }) {
  const query = usePersonGrowth(personId);
  return (
    <section aria-labelledby="growth-heading">
      <Title order={2} size="h4" mt="xl" mb="sm" id="growth-heading">
        Growth
      </Title>
      <QueryState query={query} label="Loading growth" />
      {query.data && (
        // Two columns that grow on their own: a long plan does not stretch the cards beside it.
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack gap="lg">
            <GoalsCard view={query.data} />
          </Stack>
          <Stack gap="lg">
            <TrainingLogCard view={query.data} />
            <PersonSkillsCard view={query.data} />
            <LeaveCard personId={personId} name={query.data.name} absences={query.data.absences} />
          </Stack>
        </SimpleGrid>
      )}
    </section>
  );
}
