import { Button, Divider, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { Fragment } from 'react';
import type { PlanTemplate } from '../../../shared/model/growth';
import { RemoveButton } from '../../components/RemoveButton';
import { useGrowthAction } from './queries';
import { milestonesToText, textToMilestones } from './template-text';

interface TemplateFormValues {
  name: string;
  summary: string;
  goals: { title: string; why: string; measure: string; weeks: string; milestones: string }[];
}

const blankGoal = () => ({ title: '', why: '', measure: '', weeks: '12', milestones: '' });

export function TemplateEditor({
  editing,
  onClose,
}: {
  editing: PlanTemplate | 'new' | null;
  onClose: () => void;
}) {
  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      size="xl"
      title={editing === 'new' ? 'New plan template' : `Edit ${editing?.name ?? ''}`}
    >
      {editing !== null && <TemplateForm editing={editing} onClose={onClose} />}
    </Modal>
  );
}

function TemplateForm({
  editing,
  onClose,
}: {
  editing: PlanTemplate | 'new';
  onClose: () => void;
}) {
  const template = editing === 'new' ? null : editing;
  const form = useForm<TemplateFormValues>({
    mode: 'controlled',
    initialValues: {
      name: template?.name ?? '',
      summary: template?.summary ?? '',
      goals: template
        ? template.goals.map((g) => ({
            title: g.title,
            why: g.why,
            measure: g.measure,
            weeks: g.weeks === null ? '' : String(g.weeks),
            milestones: milestonesToText(g.milestones),
          }))
        : [blankGoal()],
    },
  });
  const save = useGrowthAction('growth:saveTemplate', {
    done: (t) => `Template ${t.name} saved.`,
    showFieldErrors: form.setErrors,
  });
  const submit = form.onSubmit((v) =>
    save.run(
      {
        templateId: template?.id ?? null,
        name: v.name,
        summary: v.summary,
        goals: v.goals.map((g) => ({
          title: g.title,
          why: g.why,
          measure: g.measure,
          weeks: g.weeks.trim() ? Number(g.weeks) : null,
          milestones: textToMilestones(g.milestones),
        })),
      },
      { onSuccess: onClose },
    ),
  );
  return (
    <form noValidate onSubmit={submit} aria-label="Plan template">
      <Stack gap="sm">
        <TextInput label="Name" data-autofocus {...form.getInputProps('name')} />
        <TextInput label="Summary" {...form.getInputProps('summary')} />
        {form.values.goals.map((_, i) => (
          <Fragment key={i}>
            <Divider label={`Goal ${i + 1}`} labelPosition="left" />
            <Group align="flex-start" wrap="nowrap">
              <TextInput
                label="Goal"
                style={{ flex: 1 }}
                {...form.getInputProps(`goals.${i}.title`)}
              />
              <TextInput
                label="Target in weeks"
                w={130}
                inputMode="numeric"
                {...form.getInputProps(`goals.${i}.weeks`)}
              />
              <RemoveButton
                label={`Remove goal ${i + 1}`}
                onClick={() => form.removeListItem('goals', i)}
              />
            </Group>
            <Group grow align="flex-start">
              <TextInput label="Why it matters" {...form.getInputProps(`goals.${i}.why`)} />
              <TextInput
                label="How success is measured"
                {...form.getInputProps(`goals.${i}.measure`)}
              />
            </Group>
            <Textarea
              label="Milestones"
              description="One a line, with its week from the start: 2: Shadow a Tier 2 agent"
              autosize
              minRows={2}
              {...form.getInputProps(`goals.${i}.milestones`)}
            />
          </Fragment>
        ))}
        {form.errors.goals && (
          <Text size="sm" c="red">
            {form.errors.goals}
          </Text>
        )}
        <Group justify="space-between">
          <Button
            variant="subtle"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => form.insertListItem('goals', blankGoal())}
          >
            Add a goal
          </Button>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              Save template
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
