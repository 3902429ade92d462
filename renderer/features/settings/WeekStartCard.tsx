import { SegmentedControl, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { WEEK_START_SETTINGS, type WeekStartSetting } from '../../../shared/model/documents';
import { QueryState } from '../../components/QueryState';
import { SectionCard } from '../../components/SectionCard';
import { api } from '../../lib/api';
import { oneOf } from '../../lib/one-of';
import { queryKeys } from '../../lib/query-keys';
import { useAction } from '../../lib/use-action';

const DAY = { 0: 'Sunday', 1: 'Monday' } as const;

/** Which day "this week" starts on, for Today: the system's, or Monday or Sunday. */
export function WeekStartCard() {
  const query = useQuery({
    queryKey: queryKeys.weekStart,
    queryFn: () => api.today.weekStart(),
  });
  const save = useAction((weekStartsOn: WeekStartSetting) =>
    api.today.setWeekStart({ weekStartsOn }),
  );

  return (
    <SectionCard title="Week starts on">
      {!query.isSuccess ? (
        <QueryState query={query} label="Loading the week setting" />
      ) : (
        <>
          <SegmentedControl
            aria-label="Week starts on"
            value={query.data.setting}
            disabled={save.isPending}
            onChange={(value) => {
              const setting = oneOf(WEEK_START_SETTINGS, value);
              if (setting) save.run(setting);
            }}
            data={[
              { value: 'locale', label: `System (${DAY[query.data.systemWeekStartsOn]})` },
              { value: 'monday', label: 'Monday' },
              { value: 'sunday', label: 'Sunday' },
            ]}
          />
          <Text size="xs" c="dimmed" mt="xs">
            Today&apos;s &quot;Later this week&quot; runs to the end of a week that starts on{' '}
            {DAY[query.data.weekStartsOn]}.
          </Text>
        </>
      )}
    </SectionCard>
  );
}
