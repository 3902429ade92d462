import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  CRITICALITIES,
  CRITICALITY_LABELS,
  type SkillDefinition,
  type SkillGroup,
} from '../../../shared/model/growth';
import { oneOf } from '../../lib/one-of';
import { useGrowthAction } from './queries';

interface SkillFormValues {
  name: string;
  groupId: string;
  criticality: SkillDefinition['criticality'];
  requiredLevel: string;
  targetCoverage: string;
  description: string;
}

interface SkillModalProps {
  /** 'new' to define one, a skill to edit it, null to stay closed. */
  editing: SkillDefinition | 'new' | null;
  groups: SkillGroup[];
  levelDescriptions: string[];
  onClose: () => void;
}

export function SkillModal({ editing, onClose, ...props }: SkillModalProps) {
  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      title={editing === 'new' ? 'New skill' : `Edit ${editing?.name ?? ''}`}
    >
      {editing !== null && <SkillForm editing={editing} onClose={onClose} {...props} />}
    </Modal>
  );
}

function SkillForm({
  editing,
  groups,
  levelDescriptions,
  onClose,
}: Omit<SkillModalProps, 'editing'> & { editing: SkillDefinition | 'new' }) {
  const skill = editing === 'new' ? null : editing;
  const form = useForm<SkillFormValues>({
    mode: 'controlled',
    initialValues: {
      name: skill?.name ?? '',
      groupId: skill?.groupId ?? groups[0]?.id ?? '',
      criticality: skill?.criticality ?? 'medium',
      requiredLevel: String(skill?.requiredLevel ?? 3),
      targetCoverage: String(skill?.targetCoverage ?? 2),
      description: skill?.description ?? '',
    },
  });
  const save = useGrowthAction('growth:saveSkill', {
    done: (s) => `${s.name} saved.`,
    showFieldErrors: form.setErrors,
  });
  const submit = form.onSubmit((v) =>
    save.run(
      {
        skillId: skill?.id ?? null,
        name: v.name,
        groupId: v.groupId,
        criticality: v.criticality,
        requiredLevel: Number(v.requiredLevel),
        targetCoverage: Number(v.targetCoverage),
        description: v.description,
      },
      { onSuccess: onClose },
    ),
  );
  return (
    <form noValidate onSubmit={submit} aria-label="Skill">
      <Stack gap="sm">
        <TextInput
          label="Name"
          placeholder="Phone, Billing queue, Zendesk…"
          data-autofocus
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={2}>
          <Select
            label="Group"
            allowDeselect={false}
            data={groups.map((g) => ({ value: g.id, label: g.name }))}
            {...form.getInputProps('groupId')}
          />
          <Select
            label="Criticality"
            allowDeselect={false}
            data={CRITICALITIES.map((c) => ({ value: c, label: CRITICALITY_LABELS[c] }))}
            {...form.getInputProps('criticality')}
            onChange={(v) => form.setFieldValue('criticality', oneOf(CRITICALITIES, v) ?? 'medium')}
          />
          <Select
            label="Covers it from level"
            allowDeselect={false}
            data={[1, 2, 3, 4].map((l) => ({
              value: String(l),
              label: `${l} · ${levelDescriptions[l] ?? ''}`,
            }))}
            {...form.getInputProps('requiredLevel')}
          />
          <TextInput
            label="People it needs"
            description="Fewer is thin; one alone is a single point of failure."
            inputMode="numeric"
            {...form.getInputProps('targetCoverage')}
          />
        </SimpleGrid>
        <TextInput label="Description" {...form.getInputProps('description')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save skill
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
