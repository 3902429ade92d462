import {
  Badge,
  Button,
  Card,
  Group,
  MultiSelect,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { QuestionBankView } from '../../../shared/ipc/channels/questions';
import { api } from '../../lib/api';
import { RemoveButton } from '../../components/RemoveButton';
import { fieldsOf, messageOf } from '../../lib/errors';
import { useBankMutation } from './queries';

/** Sets of prompts for a kind of 1:1 ("first 1:1", "monthly career check-in"). */
export function TemplatesCard({ bank }: { bank: QuestionBankView }) {
  const [name, setName] = useState('');
  const [promptIds, setPromptIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useBankMutation(() => api.questions.saveTemplate({ id: null, name, promptIds }));
  const remove = useBankMutation((id: string) => api.questions.removeTemplate({ id }));
  const text = new Map(bank.prompts.map((p) => [p.id, p.text]));

  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="xs">
        Templates
      </Title>
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
              <RemoveButton
                label={`Delete template ${t.name}`}
                onClick={() => remove.mutate(t.id)}
              />
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
              save.mutate(undefined, {
                onSuccess: () => {
                  setName('');
                  setPromptIds([]);
                  setErrors({});
                  notifications.show({ color: 'teal', message: 'Template saved.' });
                },
                onError: (e) => setErrors({ name: messageOf(e), ...fieldsOf(e) }),
              })
            }
          >
            Save template
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
