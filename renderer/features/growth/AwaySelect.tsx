import { MultiSelect } from '@mantine/core';
import type { TeamGrowthView } from '../../../shared/ipc/channels/growth';

/** The what-if: mark people away and see what the team still covers. Nothing is saved. */
export function AwaySelect({
  view,
  value,
  onChange,
}: {
  view: TeamGrowthView;
  value: string[];
  onChange: (ids: string[]) => void;
}) {
  return (
    <MultiSelect
      label="What if these people are away?"
      description="A what-if: nothing is saved. Real leave is recorded on each profile."
      placeholder={value.length ? undefined : 'Nobody'}
      data={view.people.map((p) => ({ value: p.personId, label: p.name }))}
      value={value}
      onChange={onChange}
      clearable
      searchable
      maw={520}
    />
  );
}
