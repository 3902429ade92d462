import {
  Accordion,
  Alert,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Loader,
  Select,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import {
  PROMPT_CATEGORIES,
  PROMPT_CATEGORY_LABELS,
  type PromptCategory,
} from '../../../shared/model/question-bank';
import { PageHeader } from '../../components/PageHeader';
import { api } from '../../lib/api';
import { fieldsOf, messageOf } from '../../lib/errors';
import { PromptRow } from './PromptRow';
import { useBankMutation, useQuestionBank } from './queries';
import { TemplatesCard } from './TemplatesCard';

/** Prompts by the ten teamwork processes plus wellbeing, workload, career, recognition and development. */
export function QuestionBankPage() {
  const { data, error, isPending } = useQuestionBank();
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState<PromptCategory>('wellbeing');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const add = useBankMutation(() => api.questions.addPrompt({ category, text }));

  if (isPending) return <Loader aria-label="Loading the question bank" />;
  if (error) return <Alert color="red">{messageOf(error)}</Alert>;

  const needle = search.trim().toLowerCase();
  const matching = data.prompts.filter((p) => !needle || p.text.toLowerCase().includes(needle));
  const submit = () =>
    add.mutate(undefined, {
      onSuccess: () => {
        setText('');
        setErrors({});
        notifications.show({
          color: 'teal',
          message: `Added to ${PROMPT_CATEGORY_LABELS[category]}.`,
        });
      },
      onError: (e) => setErrors({ text: messageOf(e), ...fieldsOf(e) }),
    });

  return (
    <>
      <PageHeader
        title="Question bank"
        subtitle="Prompts for 1:1s, by the ten teamwork processes plus wellbeing, workload, career, recognition and development. In a 1:1, press Ctrl+P to add one."
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <TextInput
              aria-label="Search prompts"
              placeholder="Search prompts"
              leftSection={<IconSearch size={14} aria-hidden />}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
            />
            <Accordion
              multiple
              defaultValue={needle ? [...PROMPT_CATEGORIES] : ['mission_analysis']}
              variant="separated"
              key={needle ? 'search' : 'browse'}
            >
              {PROMPT_CATEGORIES.map((c) => {
                const prompts = matching.filter((p) => p.category === c);
                if (needle && prompts.length === 0) return null;
                return (
                  <Accordion.Item key={c} value={c}>
                    <Accordion.Control>
                      <Group gap="xs">
                        {PROMPT_CATEGORY_LABELS[c]}
                        <Badge size="xs" variant="light">
                          {prompts.filter((p) => !p.hidden).length}
                        </Badge>
                      </Group>
                    </Accordion.Control>
                    <Accordion.Panel>
                      <Stack gap={6} component="ul" className="plain-list">
                        {prompts.map((p) => (
                          <PromptRow key={`${p.id}-${p.text}`} prompt={p} />
                        ))}
                      </Stack>
                    </Accordion.Panel>
                  </Accordion.Item>
                );
              })}
            </Accordion>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            <Card withBorder>
              <Title order={3} size="h5" mb="xs">
                Add your own prompt
              </Title>
              <Stack gap="xs">
                <Select
                  label="Category"
                  allowDeselect={false}
                  data={PROMPT_CATEGORIES.map((c) => ({
                    value: c,
                    label: PROMPT_CATEGORY_LABELS[c],
                  }))}
                  value={category}
                  onChange={(v) => setCategory((v as PromptCategory) ?? 'wellbeing')}
                />
                <TextInput
                  label="Prompt"
                  placeholder="What would make your next week easier?"
                  value={text}
                  error={errors.text}
                  onChange={(e) => setText(e.currentTarget.value)}
                  onKeyDown={(e) => e.key === 'Enter' && submit()}
                />
                <Group>
                  <Button onClick={submit} loading={add.isPending}>
                    Add prompt
                  </Button>
                </Group>
              </Stack>
            </Card>
            <TemplatesCard bank={data} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
