import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import type { AgendaAction } from '../../../shared/domain/agenda';
import type { PointAuthor } from '../../../shared/model/meeting';
import { api } from '../../lib/api';
import { RemoveButton } from '../../components/RemoveButton';
import { notifyNothingChanged } from '../../lib/notify';
import { fieldsOf, messageOf } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { usePersonMutation } from './queries';

interface ActionsCardProps {
  personId: string;
  personName: string;
  meetingId: string | null;
  actions: AgendaAction[];
  editable: boolean;
}

const fail = (error: unknown) => notifyNothingChanged(error);

/** Open action items roll forward into every 1:1 until done; overdue ones stand out. */
export function ActionsCard({
  personId,
  personName,
  meetingId,
  actions,
  editable,
}: ActionsCardProps) {
  const [text, setText] = useState('');
  const [owner, setOwner] = useState<PointAuthor>('report');
  const [due, setDue] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const add = usePersonMutation(personId, () =>
    api.actions.add({ personId, text, owner, due: due || null, meetingId }),
  );
  const setDone = usePersonMutation(personId, (input: { actionId: string; done: boolean }) =>
    api.actions.setDone({ personId, ...input }),
  );
  const remove = usePersonMutation(personId, (actionId: string) =>
    api.actions.remove({ personId, actionId }),
  );
  const firstName = personName.split(' ')[0] ?? personName;

  const submit = () => {
    if (!text.trim()) return setErrors({ text: 'Write the action first.' });
    add.mutate(undefined, {
      onSuccess: () => (setText(''), setDue(''), setErrors({})),
      onError: (e) => setErrors({ text: messageOf(e), ...fieldsOf(e) }),
    });
  };

  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="xs">
        Action items
      </Title>
      {actions.length === 0 ? (
        <Text c="dimmed" size="sm" mb="sm">
          No open action items. What will each of you do before the next 1:1?
        </Text>
      ) : (
        <Stack gap={6} mb="sm" component="ul" className="plain-list" aria-label="Action items">
          {actions.map((action) => (
            <Group key={action.id} component="li" justify="space-between" wrap="nowrap" gap="xs">
              <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                <Checkbox
                  checked={action.doneAt !== null}
                  aria-label={`Done: ${action.text}`}
                  onChange={(e) =>
                    setDone.mutate(
                      { actionId: action.id, done: e.currentTarget.checked },
                      { onError: fail },
                    )
                  }
                />
                <Text size="sm" td={action.doneAt ? 'line-through' : undefined}>
                  {action.text}
                </Text>
                <Badge
                  size="xs"
                  variant="outline"
                  color={action.owner === 'lead' ? 'teal' : 'grape'}
                >
                  {action.owner === 'lead' ? 'You' : firstName}
                </Badge>
                {action.due && (
                  <Badge
                    size="xs"
                    variant={action.overdue ? 'filled' : 'light'}
                    color={action.overdue ? 'red' : 'gray'}
                  >
                    {action.overdue
                      ? `Overdue ${action.daysOverdue}d`
                      : `Due ${formatDate(action.due)}`}
                  </Badge>
                )}
              </Group>
              <RemoveButton
                label={`Remove: ${action.text}`}
                onClick={() => remove.mutate(action.id, { onError: fail })}
              />
            </Group>
          ))}
        </Stack>
      )}
      {editable && (
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <TextInput
            aria-label="New action item"
            placeholder="New action"
            value={text}
            error={errors.text}
            onChange={(e) => setText(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Enter' && submit()}
            style={{ flex: 1 }}
          />
          <Select
            aria-label="Owner"
            w={130}
            allowDeselect={false}
            value={owner}
            onChange={(v) => setOwner((v as PointAuthor) ?? 'report')}
            data={[
              { value: 'report', label: firstName },
              { value: 'lead', label: 'Me' },
            ]}
          />
          <TextInput
            aria-label="Due date"
            type="date"
            w={150}
            value={due}
            error={errors.due}
            onChange={(e) => setDue(e.currentTarget.value)}
          />
          <Button onClick={submit} loading={add.isPending}>
            Add
          </Button>
        </Group>
      )}
    </Card>
  );
}
