import { Modal, Select, Stack, Text } from '@mantine/core';
import { PROMPT_CATEGORIES, PROMPT_CATEGORY_LABELS } from '../../../shared/model/question-bank';
import { QueryState } from '../../components/QueryState';
import { api } from '../../lib/api';
import { useQuestionBank } from '../questions/queries';
import { usePersonMutation } from './queries';

interface PromptPickerProps {
  personId: string;
  opened: boolean;
  onClose: () => void;
}

/** Type to find a prompt or template, Enter puts it on the agenda. */
export function PromptPicker({ personId, opened, onClose }: PromptPickerProps) {
  const bank = useQuestionBank();
  const { data } = bank;
  const add = usePersonMutation(
    personId,
    (input: { promptIds: string[]; what: string }) =>
      api.questions.addToAgenda({ personId, promptIds: input.promptIds }),
    {
      done: ({ added }, { what }) =>
        added ? `${what} added to the agenda.` : 'Already on the agenda.',
    },
  );
  const visible = (data?.prompts ?? []).filter((p) => !p.hidden);
  const grouped = PROMPT_CATEGORIES.map((category) => ({
    group: PROMPT_CATEGORY_LABELS[category],
    items: visible
      .filter((p) => p.category === category)
      .map((p) => ({ value: p.id, label: p.text })),
  })).filter((g) => g.items.length > 0);

  const addIds = (promptIds: string[], what: string) =>
    add.run({ promptIds, what }, { onSuccess: onClose });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Add from the question bank"
      size="lg"
      // The option lists stay inside the dialog (for screen readers) yet reach below its edge.
      styles={{ content: { overflow: 'visible' } }}
    >
      <Stack>
        <QueryState query={bank} label="Loading the question bank" />
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
