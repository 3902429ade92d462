import {
  Button,
  Group,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { SKILL_LEVELS } from '../../../shared/model/growth';
import { RemoveButton } from '../../components/RemoveButton';
import { todayIso } from '../../lib/format';
import { MetricSelect } from '../metric-links/MetricSelect';
import { useGrowthAction } from './queries';

interface GoalFormValues {
  title: string;
  why: string;
  measure: string;
  startsOn: string;
  targetDate: string;
  skillIds: string[];
  targetLevel: string;
  milestones: { text: string; due: string }[];
  /** A defined KPI metric's id; '' for none. */
  metricId: string;
}

interface GoalModalProps {
  personId: string;
  personName: string;
  opened: boolean;
  skillOptions: { skillId: string; name: string }[];
  levelDescriptions: string[];
  onClose: () => void;
}

/** A new goal: what, why it matters, how success is measured, dates, skills and milestones. */
export function GoalModal({ opened, onClose, ...props }: GoalModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={`New goal for ${props.personName}`} size="lg">
      <GoalForm {...props} onClose={onClose} />
    </Modal>
  );
}

function GoalForm({
  personId,
  skillOptions,
  levelDescriptions,
  onClose,
}: Omit<GoalModalProps, 'opened' | 'personName'>) {
  const form = useForm<GoalFormValues>({
    mode: 'controlled',
    initialValues: {
      title: '',
      why: '',
      measure: '',
      startsOn: todayIso(),
      targetDate: '',
      skillIds: [],
      targetLevel: '3',
      milestones: [{ text: '', due: '' }],
      metricId: '',
    },
  });
  const create = useGrowthAction('growth:createGoal', {
    done: 'Goal added.',
    showFieldErrors: form.setErrors,
  });
  const submit = form.onSubmit((v) => {
    if (!v.title.trim()) return form.setFieldError('title', 'Say what the goal is.');
    create.run(
      {
        personId,
        title: v.title,
        why: v.why,
        measure: v.measure,
        startsOn: v.startsOn,
        targetDate: v.targetDate || null,
        skills: v.skillIds.map((skillId) => ({ skillId, targetLevel: Number(v.targetLevel) })),
        milestones: v.milestones
          .filter((m) => m.text.trim())
          .map((m) => ({ text: m.text, due: m.due || null })),
        metricId: v.metricId || null,
      },
      { onSuccess: onClose },
    );
  });

  return (
    <form noValidate onSubmit={submit} aria-label="Goal">
      <Stack gap="sm">
        <TextInput
          label="Goal"
          description="What will be different?"
          data-autofocus
          {...form.getInputProps('title')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Textarea label="Why it matters" autosize minRows={2} {...form.getInputProps('why')} />
          <Textarea
            label="How success is measured"
            autosize
            minRows={2}
            {...form.getInputProps('measure')}
          />
          <TextInput label="Starts on" type="date" {...form.getInputProps('startsOn')} />
          <TextInput
            label="Target date"
            type="date"
            min={form.values.startsOn}
            {...form.getInputProps('targetDate')}
          />
          <MetricSelect
            description="A KPI that shows progress: its latest value shows on the goal."
            current={null}
            value={form.values.metricId}
            onChange={(v) => form.setFieldValue('metricId', v)}
            error={form.errors.metricId}
          />
        </SimpleGrid>
        {skillOptions.length > 0 && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MultiSelect
              label="Skills it builds"
              placeholder="None"
              data={skillOptions.map((s) => ({ value: s.skillId, label: s.name }))}
              {...form.getInputProps('skillIds')}
            />
            <Select
              label="Level aimed for"
              allowDeselect={false}
              data={SKILL_LEVELS.map((l) => ({
                value: String(l),
                label: `${l} · ${levelDescriptions[l] ?? ''}`,
              }))}
              {...form.getInputProps('targetLevel')}
            />
          </SimpleGrid>
        )}
        <Text size="sm" fw={500}>
          Milestones
        </Text>
        {form.values.milestones.map((_, i) => (
          <Group key={i} align="flex-start" gap="xs" wrap="nowrap">
            <TextInput
              aria-label={`Milestone ${i + 1}`}
              placeholder="A step on the way"
              style={{ flex: 1 }}
              {...form.getInputProps(`milestones.${i}.text`)}
            />
            <TextInput
              aria-label={`Milestone ${i + 1} due`}
              type="date"
              w={150}
              {...form.getInputProps(`milestones.${i}.due`)}
            />
            <RemoveButton
              label={`Remove milestone ${i + 1}`}
              onClick={() => form.removeListItem('milestones', i)}
            />
          </Group>
        ))}
        <Group justify="space-between" mt="xs">
          <Button
            variant="subtle"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => form.insertListItem('milestones', { text: '', due: '' })}
          >
            Add a milestone
          </Button>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Add goal
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
