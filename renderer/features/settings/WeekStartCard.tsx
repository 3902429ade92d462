import { Card, Loader, SegmentedControl, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { WEEK_START_SETTINGS, type WeekStartSetting } from '../../../shared/model/documents';
import { api } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { notifyNothingChanged } from '../../lib/notify';
import { queryKeys } from '../../lib/query-keys';

const DAY = { 0: 'Sunday', 1: 'Monday' } as const;

const isWeekStartSetting = (value: string): value is WeekStartSetting =>
  (WEEK_START_SETTINGS as readonly string[]).includes(value);

/** Which day "this week" starts on, for Today: the system's, or Monday or Sunday. */
export function WeekStartCard() {
  const { data, error, isPending } = useQuery({
    queryKey: queryKeys.weekStart,
    queryFn: () => api.today.weekStart(),
  });
  const save = useMutation({
    mutationFn: (weekStartsOn: WeekStartSetting) => api.today.setWeekStart({ weekStartsOn }),
    onError: (e) => notifyNothingChanged(e),
  });

  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="xs">
        Week starts on
      </Title>
      {isPending ? (
        <Loader size="sm" aria-label="Loading the week setting" />
      ) : error ? (
        <Text c="red" size="sm">
          {messageOf(error)}
        </Text>
      ) : (
        <>
          <SegmentedControl
            aria-label="Week starts on"
            value={data.setting}
            disabled={save.isPending}
            onChange={(value) => {
              if (isWeekStartSetting(value)) save.mutate(value);
            }}
            data={[
              { value: 'locale', label: `System (${DAY[data.systemWeekStartsOn]})` },
              { value: 'monday', label: 'Monday' },
              { value: 'sunday', label: 'Sunday' },
            ]}
          />
          <Text size="xs" c="dimmed" mt="xs">
            Today&apos;s &quot;Later this week&quot; runs to the end of a week that starts on{' '}
            {DAY[data.weekStartsOn]}.
          </Text>
        </>
      )}
    </Card>
  );
}
