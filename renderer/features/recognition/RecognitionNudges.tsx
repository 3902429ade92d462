import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconHeartHandshake } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { SectionCard } from '../../components/SectionCard';
import { CaptureModal } from '../capture/CaptureModal';
import { gapText } from './balance-text';
import { noNudgeText } from './nudge-text';
import { useBalance } from './queries';

/** Today's nudges: who has gone too long without recognition, with "Recognise now". */
export function RecognitionNudges() {
  const query = useBalance();
  const [capture, setCapture] = useState<string[] | null>(null);
  if (!query.isSuccess) {
    return (
      <QueryState
        query={query}
        label="Loading recognition nudges"
        errorTitle="Recognition nudges could not be shown"
      />
    );
  }
  const { data } = query;
  if (data.people.length === 0) return null;

  return (
    <SectionCard title="Recognition nudges">
      {data.nudges.length === 0 ? (
        <Text size="sm" c="dimmed">
          {noNudgeText(data)}{' '}
          <Anchor component={Link} to="/recognition?view=balance" size="sm">
            See the balance
          </Anchor>
        </Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" mb="sm">
            {data.gapDays} days or more without recognition. Look for something specific to praise.
          </Text>
          <Stack gap="xs" component="ul" aria-label="Recognition nudges" className="plain-list">
            {data.nudges.map((p) => (
              <Group key={p.personId} component="li" justify="space-between" wrap="nowrap">
                <div>
                  <Anchor component={Link} to={`/team/${p.personId}`} fw={600}>
                    {p.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {gapText(p)}
                  </Text>
                </div>
                <Button
                  size="compact-sm"
                  variant="light"
                  leftSection={<IconHeartHandshake size={14} aria-hidden />}
                  aria-label={`Recognise now: ${p.name}`}
                  onClick={() => setCapture([p.personId])}
                >
                  Recognise now
                </Button>
              </Group>
            ))}
          </Stack>
        </>
      )}
      <CaptureModal personIds={capture} onClose={() => setCapture(null)} />
    </SectionCard>
  );
}
