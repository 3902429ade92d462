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
import { useForm, type UseFormReturnType } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { SKILL_LEVELS, type Goal } from '../../../shared/model/growth';
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
  /** Each linked skill with the level aimed for in it (as the select gives it: text). */
  skills: { skillId: string; targetLevel: string }[];
  milestones: { text: string; due: string }[];
  /** A defined KPI metric's id; '' for none. */
  metricId: string;
}

interface GoalModalProps {
  personId: string;
  personName: string;
  opened: boolean;
  /** The goal to edit; none for a new one. */
  goal?: Goal;
  skillOptions: { skillId: string; name: string }[];
  levelDescriptions: string[];
  onClose: () => void;
}

/** A goal: what, why it matters, how success is measured, dates, skills and milestones. */
export function GoalModal({ opened, onClose, ...props }: GoalModalProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={props.goal ? `Edit goal for ${props.personName}` : `New goal for ${props.personName}`}
      size="lg"
    >
      {opened && <GoalForm {...props} onClose={onClose} />}
    </Modal>
  );
}

function initialValues(goal: Goal | undefined): GoalFormValues {
  if (!goal) {
    return {
      title: '',
      why: '',
      measure: '',
      startsOn: todayIso(),
      targetDate: '',
      skills: [],
      milestones: [{ text: '', due: '' }],
      metricId: '',
    };
  }
  return {
    title: goal.title,
    why: goal.why,
    measure: goal.measure,
    startsOn: goal.startsOn,
    targetDate: goal.targetDate ?? '',
    skills: goal.skills.map((s) => ({ skillId: s.skillId, targetLevel: String(s.targetLevel) })),
    // Milestones of a goal are added, ticked and removed in its list, not here.
    milestones: [],
    metricId: goal.metricId ?? '',
  };
}

function GoalForm({
  personId,
  goal,
  skillOptions,
  levelDescriptions,
  onClose,
}: Omit<GoalModalProps, 'opened' | 'personName'>) {
  const form = useForm<GoalFormValues>({ mode: 'controlled', initialValues: initialValues(goal) });
  const options = { done: goal ? 'Goal saved.' : 'Goal added.', showFieldErrors: form.setErrors };
  const create = useGrowthAction('growth:createGoal', options);
  const update = useGrowthAction('growth:updateGoal', options);
  // A skill deleted since the goal linked it stays on offer, under the name it had.
  const skillData = [
    ...skillOptions.map((s) => ({ value: s.skillId, label: s.name })),
    ...(goal?.skills ?? [])
      .filter((s) => !skillOptions.some((o) => o.skillId === s.skillId))
      .map((s) => ({ value: s.skillId, label: `${s.skillName} (deleted)` })),
  ];
  const skillName = (id: string) => skillData.find((s) => s.value === id)?.label ?? id;
  const levels = SKILL_LEVELS.map((l) => ({
    value: String(l),
    label: `${l} · ${levelDescriptions[l] ?? ''}`,
  }));

  const submit = form.onSubmit((v) => {
    if (!v.title.trim()) return form.setFieldError('title', 'Say what the goal is.');
    const fields = {
      personId,
      title: v.title,
      why: v.why,
      measure: v.measure,
      startsOn: v.startsOn,
      targetDate: v.targetDate || null,
      skills: v.skills.map((s) => ({ skillId: s.skillId, targetLevel: Number(s.targetLevel) })),
      metricId: v.metricId || null,
    };
    if (goal) {
      update.run({ ...fields, goalId: goal.id }, { onSuccess: onClose });
      return;
    }
    create.run(
      {
        ...fields,
        milestones: v.milestones
          .filter((m) => m.text.trim())
          .map((m) => ({ text: m.text, due: m.due || null })),
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
            current={goal?.metricId ?? null}
            value={form.values.metricId}
            onChange={(v) => form.setFieldValue('metricId', v)}
            error={form.errors.metricId}
          />
          {skillData.length > 0 && (
            <MultiSelect
              label="Skills it builds"
              placeholder={form.values.skills.length ? undefined : 'None'}
              data={skillData}
              value={form.values.skills.map((s) => s.skillId)}
              error={form.errors.skills}
              onChange={(ids) =>
                form.setFieldValue(
                  'skills',
                  ids.map(
                    (skillId) =>
                      form.values.skills.find((s) => s.skillId === skillId) ?? {
                        skillId,
                        targetLevel: '3',
                      },
                  ),
                )
              }
            />
          )}
        </SimpleGrid>
        {form.values.skills.length > 0 && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {form.values.skills.map((s, i) => (
              <Select
                key={s.skillId}
                label={`Level aimed for in ${skillName(s.skillId)}`}
                allowDeselect={false}
                data={levels}
                {...form.getInputProps(`skills.${i}.targetLevel`)}
                error={form.errors[`skills.${i}.targetLevel`] ?? form.errors[`skills.${i}.skillId`]}
              />
            ))}
          </SimpleGrid>
        )}
        {!goal && <MilestoneFields form={form} />}
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {goal ? 'Save goal' : 'Add goal'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function MilestoneFields({ form }: { form: UseFormReturnType<GoalFormValues> }) {
  return (
    <>
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
            min={form.values.startsOn}
            {...form.getInputProps(`milestones.${i}.due`)}
          />
          <RemoveButton
            label={`Remove milestone ${i + 1}`}
            onClick={() => form.removeListItem('milestones', i)}
          />
        </Group>
      ))}
      <Group>
        <Button
          variant="subtle"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => form.insertListItem('milestones', { text: '', due: '' })}
        >
          Add a milestone
        </Button>
      </Group>
    </>
  );
}
