import {
  Button,
  Group,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import type { PersonGrowthView } from '../../../shared/ipc/channels/growth';
import {
  TRAINING_KINDS,
  TRAINING_KIND_LABELS,
  TRAINING_STATUSES,
  TRAINING_STATUS_LABELS,
  type Training,
} from '../../../shared/model/growth';
import { todayIso } from '../../lib/format';
import { oneOf } from '../../lib/one-of';
import { usePeople } from '../team/queries';
import { useGrowthAction } from './queries';
import {
  blankTraining,
  toFormValues,
  toTrainingInput,
  type TrainingFormValues,
} from './training-form-values';

interface TrainingModalProps {
  view: PersonGrowthView;
  /** 'new' to add one, a training to edit it, null to stay closed. */
  editing: Training | 'new' | null;
  onClose: () => void;
}

export function TrainingModal({ view, editing, onClose }: TrainingModalProps) {
  const isNew = editing === 'new';
  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      title={isNew ? `Add training for ${view.name}` : `Edit training for ${view.name}`}
      size="xl"
    >
      {editing !== null && (
        <TrainingForm
          view={view}
          initial={isNew ? blankTraining() : toFormValues(editing)}
          trainingId={isNew ? null : editing.id}
          onClose={onClose}
        />
      )}
    </Modal>
  );
}

function TrainingForm({
  view,
  initial,
  trainingId,
  onClose,
}: {
  view: PersonGrowthView;
  initial: TrainingFormValues;
  trainingId: string | null;
  onClose: () => void;
}) {
  const form = useForm<TrainingFormValues>({ mode: 'controlled', initialValues: initial });
  const people = usePeople().data ?? [];
  const options = {
    done: 'Training saved.',
    showFieldErrors: form.setErrors,
    fieldNames: Object.keys(blankTraining()),
  };
  const create = useGrowthAction('growth:createTraining', options);
  const update = useGrowthAction('growth:updateTraining', options);
  const { kind, status } = form.values;
  const submit = form.onSubmit((v) => {
    const fields = toTrainingInput(v);
    if (trainingId)
      update.run({ personId: view.personId, trainingId, ...fields }, { onSuccess: onClose });
    else create.run({ personId: view.personId, ...fields }, { onSuccess: onClose });
  });

  return (
    <form noValidate onSubmit={submit} aria-label="Training">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label="Kind"
            allowDeselect={false}
            data={TRAINING_KINDS.map((k) => ({ value: k, label: TRAINING_KIND_LABELS[k] }))}
            {...form.getInputProps('kind')}
            onChange={(v) => form.setFieldValue('kind', oneOf(TRAINING_KINDS, v) ?? 'course')}
          />
          <TextInput label="Title" data-autofocus {...form.getInputProps('title')} />
          <TextInput label="Provider" {...form.getInputProps('provider')} />
          <Select
            label="Status"
            allowDeselect={false}
            data={TRAINING_STATUSES.map((s) => ({ value: s, label: TRAINING_STATUS_LABELS[s] }))}
            {...form.getInputProps('status')}
            onChange={(v) => {
              const next = oneOf(TRAINING_STATUSES, v) ?? 'planned';
              form.setFieldValue('status', next);
              if (next === 'completed' && !form.values.completedOn)
                form.setFieldValue('completedOn', todayIso());
            }}
          />
          <TextInput label="Started on" type="date" {...form.getInputProps('startedOn')} />
          <TextInput label="Due on" type="date" {...form.getInputProps('dueOn')} />
          {status === 'completed' && (
            <TextInput label="Completed on" type="date" {...form.getInputProps('completedOn')} />
          )}
          <TextInput
            label="Hours planned"
            inputMode="decimal"
            {...form.getInputProps('hoursPlanned')}
          />
          <TextInput
            label="Hours spent"
            inputMode="decimal"
            {...form.getInputProps('hoursSpent')}
          />
          {kind === 'certification' && (
            <TextInput
              label="Certificate expires on"
              type="date"
              {...form.getInputProps('expiresOn')}
            />
          )}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <MultiSelect
            label="Skills"
            placeholder="None"
            data={view.skillOptions.map((s) => ({ value: s.skillId, label: s.name }))}
            {...form.getInputProps('skillIds')}
          />
          <Select
            label="Goal"
            placeholder="None"
            clearable
            data={view.goals.map((g) => ({ value: g.id, label: g.title }))}
            {...form.getInputProps('goalId')}
            value={form.values.goalId || null}
            onChange={(v) => form.setFieldValue('goalId', v ?? '')}
          />
          <Select
            label="Trainer"
            placeholder="Nobody on the team"
            clearable
            data={people
              .filter((p) => p.person.id !== view.personId && p.person.status === 'active')
              .map((p) => ({ value: p.person.id, label: p.person.name }))}
            {...form.getInputProps('trainerId')}
            value={form.values.trainerId || null}
            onChange={(v) => form.setFieldValue('trainerId', v ?? '')}
          />
        </SimpleGrid>
        <TextInput
          label="Link"
          description="An http(s) address; it opens in your browser."
          placeholder="https://"
          {...form.getInputProps('url')}
        />
        <Textarea label="Note" autosize minRows={2} {...form.getInputProps('note')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            Save training
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
