import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { SkillCoverage } from '../../../shared/domain/growth/coverage';
import { addLocalDays } from '../../../shared/domain/local-time';
import type { TeamGrowthView } from '../../../shared/ipc/channels/growth';
import { todayIso } from '../../lib/format';
import { useGrowthAction } from './queries';

interface CrossTrainModalProps {
  view: TeamGrowthView;
  gap: SkillCoverage | null;
  onClose: () => void;
}

/** From a gap, one step: a goal for the learner and shadowing with someone who can teach it. */
export function CrossTrainModal({ view, gap, onClose }: CrossTrainModalProps) {
  return (
    <Modal opened={gap !== null} onClose={onClose} title={gap ? `Cross-train in ${gap.name}` : ''}>
      {gap && <CrossTrainForm view={view} gap={gap} onClose={onClose} />}
    </Modal>
  );
}

function CrossTrainForm({
  view,
  gap,
  onClose,
}: {
  view: TeamGrowthView;
  gap: SkillCoverage;
  onClose: () => void;
}) {
  const covering = new Set([...gap.coverers, ...gap.away].map((c) => c.personId));
  const learners = view.people.filter((p) => !covering.has(p.personId));
  // The nearest to the required level first: they get there soonest.
  learners.sort(
    (a, b) => (b.levels[gap.skillId]?.level ?? 0) - (a.levels[gap.skillId]?.level ?? 0),
  );
  const trainers = gap.trainers.length ? gap.trainers : gap.coverers;
  const [personId, setPersonId] = useState<string | null>(learners[0]?.personId ?? null);
  const [trainerId, setTrainerId] = useState<string | null>(trainers[0]?.personId ?? null);
  const [dueOn, setDueOn] = useState(addLocalDays(todayIso(), 28));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const plan = useGrowthAction('growth:crossTrain', {
    done: ({ training }) => `Planned: ${training.title}.`,
    showFieldErrors: setErrors,
    fieldNames: ['personId', 'trainerId', 'dueOn'],
  });
  const level = (id: string) =>
    view.people.find((p) => p.personId === id)?.levels[gap.skillId]?.level ?? 0;

  if (trainers.length === 0) {
    return (
      <Text size="sm">
        Nobody here covers {gap.name} at level {gap.requiredLevel} to teach it. Plan a course
        instead, from the learner's profile.
      </Text>
    );
  }
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        Adds a goal to reach level {gap.requiredLevel} in {gap.name} and a shadowing session with
        the trainer, linked to each other, to the learner's plan.
      </Text>
      <Select
        label="Who learns it"
        data={learners.map((p) => ({
          value: p.personId,
          label: `${p.name} (level ${level(p.personId)})`,
        }))}
        value={personId}
        onChange={setPersonId}
        error={errors.personId}
        allowDeselect={false}
        data-autofocus
      />
      <Select
        label="Who teaches it"
        data={trainers.map((t) => ({ value: t.personId, label: `${t.name} (level ${t.level})` }))}
        value={trainerId}
        onChange={setTrainerId}
        error={errors.trainerId}
        allowDeselect={false}
      />
      <TextInput
        label="Covers it by"
        type="date"
        min={todayIso()}
        value={dueOn}
        error={errors.dueOn}
        onChange={(e) => setDueOn(e.currentTarget.value)}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button
          loading={plan.isPending}
          disabled={!personId || !trainerId}
          onClick={() =>
            personId &&
            trainerId &&
            plan.run(
              { personId, skillId: gap.skillId, trainerId, dueOn: dueOn || null },
              { onSuccess: onClose },
            )
          }
        >
          Plan cross-training
        </Button>
      </Group>
    </Stack>
  );
}
