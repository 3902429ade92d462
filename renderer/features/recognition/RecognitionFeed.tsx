import { Button, Card, Divider, Group, Select, Stack, Text } from '@mantine/core';
import { IconHeartHandshake } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { SHARED_IN, SHARED_IN_LABELS } from '../../../shared/model/recognition';
import { EmptyState } from '../../components/EmptyState';
import { QueryState } from '../../components/QueryState';
import { oneOf } from '../../lib/one-of';
import { usePeople } from '../team/queries';
import { useRecognitionFeed, useRemoveRecognition, type FeedFilter } from './queries';
import { RecognitionEntry } from './RecognitionEntry';

const NO_FILTER = { personId: null, value: null, sharedIn: null } satisfies FeedFilter;

/** The team's recognition, newest first, filtered by person, value and where it was shared. */
export function RecognitionFeed({ onRecognise }: { onRecognise: () => void }) {
  const [filter, setFilter] = useState<FeedFilter>(NO_FILTER);
  const feed = useRecognitionFeed(filter);
  const people = usePeople();
  const remove = useRemoveRecognition();
  const filtered = Boolean(filter.personId || filter.value || filter.sharedIn);

  if (!feed.isSuccess) return <QueryState query={feed} label="Loading recognition" />;
  const { items, valuesUsed } = feed.data;

  if (!filtered && items.length === 0) {
    return (
      <EmptyState
        icon={<IconHeartHandshake aria-hidden />}
        title="No recognition logged yet"
        action={<Button onClick={onRecognise}>Recognise someone</Button>}
      >
        Praise works best when it is specific and soon. Log it the moment you notice something good:
        the shortcut opens a small capture window from any app.
      </EmptyState>
    );
  }

  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-end">
        <Select
          label="Person"
          placeholder="Everyone"
          clearable
          searchable
          data={(people.data ?? []).map((p) => ({ value: p.person.id, label: p.person.name }))}
          value={filter.personId ?? null}
          onChange={(personId) => setFilter((f) => ({ ...f, personId }))}
        />
        <Select
          label="Value"
          placeholder="Any value"
          clearable
          data={valuesUsed}
          value={filter.value ?? null}
          onChange={(value) => setFilter((f) => ({ ...f, value }))}
        />
        <Select
          label="Shared in"
          placeholder="Anywhere"
          clearable
          data={SHARED_IN.map((value) => ({ value, label: SHARED_IN_LABELS[value] }))}
          value={filter.sharedIn ?? null}
          onChange={(sharedIn) =>
            setFilter((f) => ({ ...f, sharedIn: oneOf(SHARED_IN, sharedIn) }))
          }
        />
        {filtered && (
          <Button variant="subtle" onClick={() => setFilter(NO_FILTER)}>
            Clear filters
          </Button>
        )}
      </Group>
      <Card withBorder>
        {items.length === 0 ? (
          <Text c="dimmed" size="sm">
            Nothing matches these filters.
          </Text>
        ) : (
          <Stack gap="sm" component="ul" aria-label="Team recognition" className="plain-list">
            {items.map((r, i) => (
              <Fragment key={r.id}>
                {i > 0 && <Divider component="li" aria-hidden />}
                <li>
                  <RecognitionEntry
                    recognition={r}
                    removing={remove.isPending && remove.variables === r.id}
                    onRemove={(id) => remove.run(id)}
                  />
                </li>
              </Fragment>
            ))}
          </Stack>
        )}
      </Card>
    </Stack>
  );
}
