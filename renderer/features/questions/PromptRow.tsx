import { ActionIcon, Badge, Button, Group, Text, TextInput, Tooltip } from '@mantine/core';
import { IconEye, IconEyeOff, IconPencil } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { QuestionBankView } from '../../../shared/ipc/channels/questions';
import type { BankPrompt } from '../../../shared/model/question-bank';
import { api } from '../../lib/api';
import { RemoveButton } from '../../components/RemoveButton';
import type { FieldErrors } from '../../lib/use-action';
import { useBankMutation } from './queries';
import { restorePrompt } from './restore';

interface PromptRowProps {
  prompt: BankPrompt;
  /** The bank's templates: deleting a prompt takes it out of them, and undo puts it back. */
  templates: QuestionBankView['templates'];
}

export function PromptRow({ prompt, templates }: PromptRowProps) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(prompt.text);
  const [errors, setErrors] = useState<FieldErrors>({});
  // Saving or cancelling an edit puts focus back on its Edit button (the field goes away).
  const backToEdit = useRef(false);
  const stopEditing = () => {
    backToEdit.current = true;
    setEditing(false);
  };
  const edit = useBankMutation(
    (value: string) => api.questions.editPrompt({ id: prompt.id, text: value }),
    { showFieldErrors: setErrors, fieldNames: ['text'] },
  );
  const hide = useBankMutation((hidden: boolean) =>
    api.questions.setHidden({ id: prompt.id, hidden }),
  );
  const remove = useBankMutation(
    // The templates that held it travel with the call, for the undo.
    (_heldBy: QuestionBankView['templates']) => api.questions.removePrompt({ id: prompt.id }),
    {
      done: `Prompt deleted: ${prompt.text}`,
      undo: (afterRemoval, heldBy) => restorePrompt(prompt, heldBy, afterRemoval),
    },
  );
  const removeWithUndo = () =>
    remove.run(templates.filter((t) => !t.builtIn && t.promptIds.includes(prompt.id)));

  if (editing) {
    const save = () => edit.run(text, { onSuccess: stopEditing });
    return (
      <Group component="li" gap="xs" wrap="nowrap" align="flex-start">
        <TextInput
          aria-label="Prompt text"
          value={text}
          error={errors.text}
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => (e.key === 'Enter' ? save() : e.key === 'Escape' && stopEditing())}
          style={{ flex: 1 }}
          data-autofocus
          autoFocus
        />
        <Button size="sm" onClick={save} loading={edit.isPending}>
          Save
        </Button>
        <Button size="sm" variant="default" onClick={stopEditing}>
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
            ref={(button) => {
              if (!button || !backToEdit.current) return;
              backToEdit.current = false;
              button.focus();
            }}
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
              onClick={() => hide.run(!prompt.hidden)}
            >
              {prompt.hidden ? <IconEye size={16} /> : <IconEyeOff size={16} />}
            </ActionIcon>
          </Tooltip>
        ) : (
          <RemoveButton
            label={`Delete: ${prompt.text}`}
            onClick={removeWithUndo}
            tooltip="Delete"
          />
        )}
      </Group>
    </Group>
  );
}
