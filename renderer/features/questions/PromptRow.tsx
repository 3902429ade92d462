import { ActionIcon, Badge, Button, Group, Text, TextInput, Tooltip } from '@mantine/core';
import { IconEye, IconEyeOff, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import type { BankPrompt } from '../../../shared/model/question-bank';
import { api } from '../../lib/api';
import { RemoveButton } from '../../components/RemoveButton';
import { notifyNothingChanged } from '../../lib/notify';
import { messageOf } from '../../lib/errors';
import { useBankMutation } from './queries';

const fail = (error: unknown) => notifyNothingChanged(error);

export function PromptRow({ prompt }: { prompt: BankPrompt }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(prompt.text);
  const [error, setError] = useState<string | null>(null);
  const edit = useBankMutation((value: string) =>
    api.questions.editPrompt({ id: prompt.id, text: value }),
  );
  const hide = useBankMutation((hidden: boolean) =>
    api.questions.setHidden({ id: prompt.id, hidden }),
  );
  const remove = useBankMutation(() => api.questions.removePrompt({ id: prompt.id }));

  if (editing) {
    const save = () =>
      edit.mutate(text, {
        onSuccess: () => (setEditing(false), setError(null)),
        onError: (e) => setError(messageOf(e)),
      });
    return (
      <Group component="li" gap="xs" wrap="nowrap" align="flex-start">
        <TextInput
          aria-label="Prompt text"
          value={text}
          error={error}
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => (e.key === 'Enter' ? save() : e.key === 'Escape' && setEditing(false))}
          style={{ flex: 1 }}
          data-autofocus
          autoFocus
        />
        <Button size="sm" onClick={save} loading={edit.isPending}>
          Save
        </Button>
        <Button size="sm" variant="default" onClick={() => setEditing(false)}>
          Cancel
        </Button>
      </Group>
    );
  }
  return (
    <Group component="li" justify="space-between" wrap="nowrap" gap="xs">
      <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
        <Text
          size="sm"
          c={prompt.hidden ? 'dimmed' : undefined}
          td={prompt.hidden ? 'line-through' : undefined}
        >
          {prompt.text}
        </Text>
        {!prompt.builtIn && (
          <Badge size="xs" variant="light">
            Yours
          </Badge>
        )}
        {prompt.edited && (
          <Badge size="xs" variant="outline">
            Edited
          </Badge>
        )}
        {prompt.hidden && (
          <Badge size="xs" color="gray">
            Hidden
          </Badge>
        )}
      </Group>
      <Group gap={2} wrap="nowrap">
        <Tooltip label="Edit">
          <ActionIcon
            variant="subtle"
            aria-label={`Edit: ${prompt.text}`}
            onClick={() => (setText(prompt.text), setEditing(true))}
          >
            <IconPencil size={16} />
          </ActionIcon>
        </Tooltip>
        {prompt.builtIn ? (
          <Tooltip label={prompt.hidden ? 'Show' : 'Hide'}>
            <ActionIcon
              variant="subtle"
              aria-label={`${prompt.hidden ? 'Show' : 'Hide'}: ${prompt.text}`}
              onClick={() => hide.mutate(!prompt.hidden, { onError: fail })}
            >
              {prompt.hidden ? <IconEye size={16} /> : <IconEyeOff size={16} />}
            </ActionIcon>
          </Tooltip>
        ) : (
          <RemoveButton
            label={`Delete: ${prompt.text}`}
            onClick={() => remove.mutate(undefined, { onError: fail })}
            tooltip="Delete"
          />
        )}
      </Group>
    </Group>
  );
}
