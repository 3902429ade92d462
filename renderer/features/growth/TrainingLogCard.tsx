import {
  Alert,
  Anchor,
  Badge,
  Button,
  Divider,
  Group,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconBook } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { parseQuickTraining } from '../../../shared/domain/growth/quick-entry';
import type { PersonGrowthView } from '../../../shared/ipc/channels/growth';
import {
  TRAINING_KIND_LABELS,
  TRAINING_STATUS_LABELS,
  type Training,
} from '../../../shared/model/growth';
import { RemoveButton } from '../../components/RemoveButton';
import { CardAction, SectionCard } from '../../components/SectionCard';
import { safeExternalUrl as openableUrl } from '../../../shared/domain/external-url';
import { formatDate, todayIso } from '../../lib/format';
import { api } from '../../lib/api';
import { useGrowthAction } from './queries';
import { toFormValues, toTrainingInput } from './training-form-values';
import { TrainingModal } from './TrainingModal';

const STATUS_COLOR = { planned: 'blue', in_progress: 'violet', completed: 'teal', dropped: 'gray' };
const hours = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(1)} h`;

/** The training log: a one-line quick entry, hours this quarter and year, every training. */
export function TrainingLogCard({ view }: { view: PersonGrowthView }) {
  const [editing, setEditing] = useState<Training | 'new' | null>(null);
  return (
    <SectionCard
      title="Training log"
      action={
        <CardAction icon={<IconBook size={14} aria-hidden />} onClick={() => setEditing('new')}>
          Add training
        </CardAction>
      }
    >
      <Stack gap="sm">
        <QuickLog personId={view.personId} />
        <Text size="sm" aria-label="Training hours">
          {hours(view.hours.quarter)} this quarter · {hours(view.hours.year)} this year
        </Text>
        {view.certifications.map((c) => (
          <Alert key={c.trainingId} color={c.state === 'expired' ? 'red' : 'orange'} p="xs">
            {c.state === 'expired'
              ? `${c.title} lapsed on ${formatDate(c.expiresOn)}.`
              : `${c.title} expires on ${formatDate(c.expiresOn)} (in ${c.daysLeft} days).`}
          </Alert>
        ))}
        {view.trainings.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing logged yet. Type what happened above, like "shadowed Tier 2 for 3 hours", or add
            a course, certification or mentoring with its dates.
          </Text>
        ) : (
          <Stack gap="xs" component="ul" className="plain-list" aria-label="Trainings">
            {view.trainings.map((t, i) => (
              <Fragment key={t.id}>
                {i > 0 && <Divider component="li" aria-hidden />}
                <TrainingRow personId={view.personId} training={t} onEdit={() => setEditing(t)} />
              </Fragment>
            ))}
          </Stack>
        )}
      </Stack>
      <TrainingModal view={view} editing={editing} onClose={() => setEditing(null)} />
    </SectionCard>
  );
}

function QuickLog({ personId }: { personId: string }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const create = useGrowthAction('growth:createTraining', {
    done: (t) => `Logged: ${t.title}${t.hoursSpent ? `, ${hours(t.hoursSpent)}` : ''}.`,
    showFieldErrors: (fields) => setError(Object.values(fields)[0]),
  });
  const submit = () => {
    const parsed = parseQuickTraining(text);
    if (!parsed) return setError('Say what was done, like: shadowed Tier 2 for 3 hours.');
    const today = todayIso();
    create.run(
      { personId, ...parsed, status: 'completed', startedOn: today, completedOn: today },
      { onSuccess: () => setText('') },
    );
  };
  return (
    <Group align="flex-start" gap="xs" wrap="nowrap">
      <TextInput
        label="Quick log"
        description="Done today. Enter saves it: the kind and hours are read from the words."
        // The hint under the field, so the button beside it lines up with the field itself.
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        placeholder="shadowed Tier 2 for 3 hours"
        value={text}
        error={error}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setError(undefined);
        }}
        onKeyDown={(e) => e.key === 'Enter' && submit()}
        style={{ flex: 1 }}
      />
      <Button mt={22} variant="light" onClick={submit} loading={create.isPending}>
        Log
      </Button>
    </Group>
  );
}

function TrainingRow({
  personId,
  training: t,
  onEdit,
}: {
  personId: string;
  training: Training;
  onEdit: () => void;
}) {
  const remove = useGrowthAction('growth:removeTraining', {
    done: `Removed: ${t.title}`,
    // Put back with the same fields (a new id): nothing points at a training's id but itself.
    undo: () => api.growth.createTraining({ personId, ...toTrainingInput(toFormValues(t)) }),
  });
  const url = openableUrl(t.url);
  const overdue =
    (t.status === 'planned' || t.status === 'in_progress') &&
    t.dueOn !== null &&
    t.dueOn < todayIso();
  const details = [
    t.provider,
    t.trainer && `with ${t.trainer.name}`,
    t.completedOn
      ? `completed ${formatDate(t.completedOn)}`
      : t.dueOn && `due ${formatDate(t.dueOn)}`,
    (t.hoursSpent > 0 || t.hoursPlanned) &&
      `${hours(t.hoursSpent)}${t.hoursPlanned ? ` of ${hours(t.hoursPlanned)}` : ''}`,
    t.expiresOn && `expires ${formatDate(t.expiresOn)}`,
    t.skills.length > 0 && t.skills.map((s) => s.skillName).join(', '),
  ].filter(Boolean);
  return (
    <Group
      component="li"
      justify="space-between"
      wrap="nowrap"
      align="flex-start"
      aria-label={t.title}
    >
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Group gap={6}>
          <Text size="sm" fw={600}>
            {t.title}
          </Text>
          <Badge size="xs" variant="outline">
            {TRAINING_KIND_LABELS[t.kind]}
          </Badge>
          <Badge size="xs" variant="light" color={STATUS_COLOR[t.status]}>
            {TRAINING_STATUS_LABELS[t.status]}
          </Badge>
          {overdue && (
            <Badge size="xs" color="red">
              Overdue
            </Badge>
          )}
        </Group>
        {details.length > 0 && (
          <Text size="xs" c="dimmed">
            {details.join(' · ')}
          </Text>
        )}
        {url && (
          <Anchor href={url} size="xs">
            {url}
          </Anchor>
        )}
      </Stack>
      <Group gap={4} wrap="nowrap">
        <Button size="compact-xs" variant="subtle" onClick={onEdit} aria-label={`Edit ${t.title}`}>
          Edit
        </Button>
        <RemoveButton
          label={`Remove training: ${t.title}`}
          onClick={() => remove.run({ personId, trainingId: t.id })}
        />
      </Group>
    </Group>
  );
}
