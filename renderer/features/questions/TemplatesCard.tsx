import { Badge, Button, Group, MultiSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { QuestionBankView } from '../../../shared/ipc/channels/questions';
import { api } from '../../lib/api';
import { RemoveButton } from '../../components/RemoveButton';
import { SectionCard } from '../../components/SectionCard';
import type { FieldErrors } from '../../lib/use-action';
import { useBankMutation } from './queries';
import { restoreTemplate } from './restore';

type BankTemplate = QuestionBankView['templates'][number];

/** Sets of prompts for a kind of 1:1 ("first 1:1", "monthly career check-in"). */
export function TemplatesCard({ bank }: { bank: QuestionBankView }) {
  const [name, setName] = useState('');
  const [promptIds, setPromptIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useBankMutation(() => api.questions.saveTemplate({ id: null, name, promptIds }), {
    done: 'Template saved.',
    showFieldErrors: setErrors,
    fieldNames: ['name', 'promptIds'],
  });
  const remove = useBankMutation(
    (template: BankTemplate) => api.questions.removeTemplate({ id: template.id }),
    {
      done: (_, template) => `Template deleted: ${template.name}`,
      undo: (_, template) => restoreTemplate(template),
    },
  );
  const text = new Map(bank.prompts.map((p) => [p.id, p.text]));

  return (
    <SectionCard title="Templates">
      <Stack gap="xs" component="ul" className="plain-list" aria-label="Templates">
        {bank.templates.map((t) => (
          <Group key={t.id} component="li" justify="space-between" wrap="nowrap" align="flex-start">
            <div>
              <Group gap="xs">
                <Text fw={600} size="sm">
                  {t.name}
                </Text>
                <Badge size="xs" variant="light" color={t.builtIn ? 'gray' : 'teal'}>
                  {t.builtIn ? 'Built in' : 'Yours'}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed" lineClamp={2}>
                {t.promptIds
                  .map((id) => text.get(id))
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </div>
            {!t.builtIn && (
              <RemoveButton label={`Delete template ${t.name}`} onClick={() => remove.run(t)} />
            )}
          </Group>
        ))}
      </Stack>
      <Title order={4} size="h6" mt="md" mb={4}>
        New template
      </Title>
      <Stack gap="xs">
        <TextInput
          label="Template name"
          placeholder="Quarterly goals check-in"
          value={name}
          error={errors.name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <MultiSelect
          label="Prompts"
          placeholder="Search prompts"
          searchable
          data={bank.prompts.filter((p) => !p.hidden).map((p) => ({ value: p.id, label: p.text }))}
          value={promptIds}
          error={errors.promptIds}
          onChange={setPromptIds}
          maxDropdownHeight={240}
        />
        <Group>
          <Button
            loading={save.isPending}
            onClick={() =>
              save.run(undefined, { onSuccess: () => (setName(''), setPromptIds([])) })
            }
          >
            Save template
          </Button>
        </Group>
      </Stack>
    </SectionCard>
  );
}
