import { Badge, Button, Group, Stack, Text, Timeline } from '@mantine/core';
import { IconHeartHandshake } from '@tabler/icons-react';
import { useState } from 'react';
import type { Person } from '../../../shared/model/person';
import { QueryState } from '../../components/QueryState';
import { CardAction, SectionCard } from '../../components/SectionCard';
import { CaptureModal } from '../capture/CaptureModal';
import { gapText } from './balance-text';
import { usePersonRecognition } from './queries';
import { RecognitionEntry } from './RecognitionEntry';

const SHOWN = 8;

/** The profile's recognition timeline, with the person's balance on top. */
export function PersonRecognitionCard({ person }: { person: Person }) {
  const query = usePersonRecognition(person.id);
  const { data } = query;
  const [capture, setCapture] = useState<string[] | null>(null);
  const [all, setAll] = useState(false);
  const active = person.status === 'active';

  return (
    <SectionCard
      title="Recognition"
      action={
        <CardAction
          icon={<IconHeartHandshake size={14} aria-hidden />}
          disabled={!active}
          onClick={() => setCapture([person.id])}
        >
          Recognise
        </CardAction>
      }
    >
      <QueryState query={query} label="Loading recognition" />
      {data && (
        <Stack gap="sm">
          <Group gap={6} aria-label="Recognition balance">
            <Badge color={data.balance.pastGap ? 'orange' : 'teal'} variant="light">
              {gapText(data.balance)}
            </Badge>
            <Badge color="gray" variant="light">
              {data.balance.recognitions30} in 30 days · {data.balance.recognitions90} in 90
            </Badge>
            <Badge color="gray" variant="light">
              Constructive: {data.balance.constructive30} in 30 days · {data.balance.constructive90}{' '}
              in 90
            </Badge>
          </Group>
          {data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              No recognition logged for {person.name} yet.
              {active && ' Use Recognise when you notice something specific they did well.'}
            </Text>
          ) : (
            <Timeline bulletSize={12} lineWidth={2} aria-label={`Recognition for ${person.name}`}>
              {(all ? data.items : data.items.slice(0, SHOWN)).map((r) => (
                <Timeline.Item key={r.id}>
                  <RecognitionEntry recognition={r} forPersonId={person.id} />
                </Timeline.Item>
              ))}
            </Timeline>
          )}
          {data.items.length > SHOWN && (
            <Button variant="subtle" size="compact-sm" onClick={() => setAll((a) => !a)}>
              {all ? 'Show fewer' : `Show all ${data.items.length}`}
            </Button>
          )}
        </Stack>
      )}
      <CaptureModal personIds={capture} onClose={() => setCapture(null)} />
    </SectionCard>
  );
}
