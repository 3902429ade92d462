import { Badge, Select, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { POINT_AUTHORS, type AgendaAction, type PointAuthor } from '../../../shared/model/meeting';
import { api } from '../../lib/api';
import { RemoveButton } from '../../components/RemoveButton';
import { SectionCard } from '../../components/SectionCard';
import { formatDate } from '../../lib/format';
import { oneOf } from '../../lib/one-of';
import { AddRow } from './AddRow';
import { CheckRow } from './CheckRow';
import { usePersonMutation } from './queries';
import { restoreAction } from './restore';

interface ActionsCardProps {
  personId: string;
  personName: string;
  meetingId: string | null;
  actions: AgendaAction[];
  editable: boolean;
}

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
  const dueInput = useRef<HTMLInputElement>(null);
  const add = usePersonMutation(
    personId,
    () => api.actions.add({ personId, text, owner, due: due || null, meetingId }),
    { showFieldErrors: setErrors, fieldNames: ['text', 'due'] },
  );
  const setDone = usePersonMutation(personId, (input: { actionId: string; done: boolean }) =>
    api.actions.setDone({ personId, ...input }),
  );
  const remove = usePersonMutation(
    personId,
    (action: AgendaAction) => api.actions.remove({ personId, actionId: action.id }),
    {
      done: (_, action) => `Action item removed: ${action.text}`,
      undo: (_, action) => restoreAction(personId, action),
    },
  );
  const firstName = personName.split(' ')[0] ?? personName;

  const submit = () => {
    if (!text.trim()) return setErrors({ text: 'Write the action first.' });
    // A partly typed date reads as "" in a date field: say so rather than save no date.
    if (dueInput.current?.validity.badInput)
      return setErrors({ due: 'Finish the date (day, month and year) or clear it.' });
    add.run(undefined, { onSuccess: () => (setText(''), setDue('')) });
  };

  return (
    <SectionCard title="Action items">
      {actions.length === 0 ? (
        <Text c="dimmed" size="sm" mb="sm">
          No open action items. What will each of you do before the next 1:1?
        </Text>
      ) : (
        <Stack gap={6} mb="sm" component="ul" className="plain-list" aria-label="Action items">
          {actions.map((action) => (
            <CheckRow
              key={action.id}
              text={action.text}
              checked={action.doneAt !== null}
              onCheck={(done) => setDone.run({ actionId: action.id, done })}
              by={action.owner}
              firstName={firstName}
              badges={
                action.due && (
                  <Badge
                    size="xs"
                    variant={action.overdue ? 'filled' : 'light'}
                    color={action.overdue ? 'red' : 'gray'}
                  >
                    {action.overdue
                      ? `Overdue ${action.daysOverdue}d`
                      : `Due ${formatDate(action.due)}`}
                  </Badge>
                )
              }
              actions={
                <RemoveButton label={`Remove: ${action.text}`} onClick={() => remove.run(action)} />
              }
            />
          ))}
        </Stack>
      )}
      {editable && (
        <AddRow
          label="New action item"
          placeholder="New action"
          value={text}
          error={errors.text}
          busy={add.isPending}
          onChange={setText}
          onSubmit={submit}
        >
          <Select
            aria-label="Owner"
            w={130}
            allowDeselect={false}
            value={owner}
            onChange={(v) => setOwner(oneOf(POINT_AUTHORS, v) ?? 'report')}
            data={[
              { value: 'report', label: firstName },
              { value: 'lead', label: 'Me' },
            ]}
          />
          <TextInput
            ref={dueInput}
            aria-label="Due date"
            type="date"
            max="9999-12-31"
            w={150}
            value={due}
            error={errors.due}
            onChange={(e) => {
              setDue(e.currentTarget.value);
              if (errors.due) setErrors(({ due: _, ...rest }) => rest);
            }}
          />
        </AddRow>
      )}
    </SectionCard>
  );
}
