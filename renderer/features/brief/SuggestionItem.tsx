import { Button, Group, List, Text } from '@mantine/core';
import { IconCheck, IconPlus } from '@tabler/icons-react';
import type { Suggestion } from '../../../shared/model/brief';
import { api } from '../../lib/api';
import { usePersonMutation } from '../meetings/queries';

/**
 * A suggested topic with "Add to agenda": one click makes it a talking point of the lead's, which
 * the next 1:1's agenda carries. A topic already waiting on the agenda says so instead.
 */
export function SuggestionItem({
  personId,
  suggestion,
  onAgenda,
}: {
  personId: string;
  suggestion: Suggestion;
  onAgenda: boolean;
}) {
  const add = usePersonMutation(personId, () =>
    api.points.add({ personId, text: suggestion.text, from: 'lead' }),
  );
  return (
    <List.Item>
      <Group gap="xs" wrap="nowrap" justify="space-between" align="flex-start">
        <span>{suggestion.text}</span>
        {onAgenda ? (
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} className="no-print">
            <IconCheck size={12} aria-hidden /> On the agenda
          </Text>
        ) : (
          <Button
            size="compact-xs"
            variant="light"
            className="no-print"
            style={{ flexShrink: 0 }}
            leftSection={<IconPlus size={12} aria-hidden />}
            loading={add.isPending}
            onClick={() => add.run(undefined)}
            aria-label={`Add to agenda: ${suggestion.text}`}
          >
            Add to agenda
          </Button>
        )}
      </Group>
    </List.Item>
  );
}
