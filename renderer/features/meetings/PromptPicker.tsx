import { Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { PROMPT_CATEGORIES, PROMPT_CATEGORY_LABELS } from '../../../shared/model/question-bank';
import { api } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { useQuestionBank } from '../questions/queries';
import { usePersonMutation } from './queries';

interface PromptPickerProps {
  personId: string;
  opened: boolean;
  onClose: () => void;
}

/** Type to find a prompt or template, Enter puts it on the agenda. */
export function PromptPicker({ personId, opened, onClose }: PromptPickerProps) {
  const { data } = useQuestionBank();
  const add = usePersonMutation(personId, (promptIds: string[]) =>
    api.questions.addToAgenda({ personId, promptIds }),
  );
  const visible = (data?.prompts ?? []).filter((p) => !p.hidden);
  const grouped = PROMPT_CATEGORIES.map((category) => ({
    group: PROMPT_CATEGORY_LABELS[category],
    items: visible
      .filter((p) => p.category === category)
      .map((p) => ({ value: p.id, label: p.text })),
  })).filter((g) => g.items.length > 0);

  const addIds = (ids: string[], what: string) =>
    add.mutate(ids, {
      onSuccess: ({ added }) => {
        notifications.show({
          color: 'teal',
          message: added ? `${what} added to the agenda.` : 'Already on the agenda.',
        });
        onClose();
      },
      onError: (error) =>
        notifications.show({ color: 'red', title: 'Nothing added', message: messageOf(error) }),
    });

  return (
    <Modal opened={opened} onClose={onClose} title="Add from the question bank" size="lg">
      <Stack>
        <Select
          label="Prompt"
          placeholder="Type to search, Enter to add"
          searchable
          data-autofocus
          data={grouped}
          value={null}
          maxDropdownHeight={320}
          nothingFoundMessage="No prompt matches"
          onChange={(id) => id && addIds([id], 'Prompt')}
          comboboxProps={{ withinPortal: false }}
        />
        <Select
          label="Or a whole template"
          placeholder="Pick a template"
          data={(data?.templates ?? []).map((t) => ({
            value: t.id,
            label: `${t.name} (${t.promptIds.length})`,
          }))}
          value={null}
          onChange={(id) => {
            const template = data?.templates.find((t) => t.id === id);
            if (template) addIds(template.promptIds, `${template.name}`);
          }}
          comboboxProps={{ withinPortal: false }}
        />
        <Text size="xs" c="dimmed">
          Prompts become your talking points. Edit, hide or add prompts and templates in the
          Question bank.
        </Text>
      </Stack>
    </Modal>
  );
}
