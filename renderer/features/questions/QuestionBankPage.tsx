import {
  Accordion,
  Badge,
  Button,
  Grid,
  Group,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import {
  PROMPT_CATEGORIES,
  PROMPT_CATEGORY_LABELS,
  PROMPT_CATEGORY_PROCESS,
  type PromptCategory,
} from '../../../shared/model/question-bank';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { SearchInput } from '../../components/SearchInput';
import { SectionCard } from '../../components/SectionCard';
import { api } from '../../lib/api';
import { oneOf } from '../../lib/one-of';
import { shortcutText } from '../../lib/shortcuts';
import type { FieldErrors } from '../../lib/use-action';
import { PromptRow } from './PromptRow';
import { useBankMutation, useQuestionBank } from './queries';
import { TemplatesCard } from './TemplatesCard';

/** Prompts by the ten teamwork processes plus wellbeing, workload, career, recognition and development. */
export function QuestionBankPage() {
  const query = useQuestionBank();
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState<PromptCategory>('wellbeing');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const add = useBankMutation(() => api.questions.addPrompt({ category, text }), {
    done: `Added to ${PROMPT_CATEGORY_LABELS[category]}.`,
    showFieldErrors: setErrors,
    fieldNames: ['category', 'text'],
  });

  if (!query.isSuccess) return <QueryState query={query} label="Loading the question bank" />;

  const { data } = query;
  const needle = search.trim().toLowerCase();
  const matching = data.prompts.filter((p) => !needle || p.text.toLowerCase().includes(needle));
  const submit = () => add.run(undefined, { onSuccess: () => setText('') });

  return (
    <>
      <PageHeader
        title="Question bank"
        subtitle={`Prompts for 1:1s, by the ten teamwork processes plus wellbeing, workload, career, recognition and development. In a 1:1, press ${shortcutText('addFromBank')} to add one.`}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <SearchInput label="Search prompts" value={search} onChange={setSearch} />
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
                      {PROMPT_CATEGORY_PROCESS[c] && (
                        <Text size="xs" c="dimmed">
                          Teamwork process: {PROMPT_CATEGORY_PROCESS[c]}
                        </Text>
                      )}
                    </Accordion.Control>
                    <Accordion.Panel>
                      <Stack gap={6} component="ul" className="plain-list">
                        {prompts.map((p) => (
                          <PromptRow
                            // One row per prompt for its life: an edit keeps the row (and its
                            // focus); the Edit button fills the field from the newest text.
                            key={p.id}
                            prompt={p}
                            templates={data.templates}
                          />
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
            <SectionCard title="Add your own prompt">
              <Stack gap="xs">
                <Select
                  label="Category"
                  allowDeselect={false}
                  data={PROMPT_CATEGORIES.map((c) => ({
                    value: c,
                    label: PROMPT_CATEGORY_LABELS[c],
                  }))}
                  value={category}
                  error={errors.category}
                  onChange={(v) => setCategory(oneOf(PROMPT_CATEGORIES, v) ?? 'wellbeing')}
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
            </SectionCard>
            <TemplatesCard bank={data} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
