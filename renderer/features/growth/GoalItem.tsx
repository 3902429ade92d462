import { Badge, Button, Group, Menu, Stack, Text, TextInput } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import { useState } from 'react';
import type { Goal } from '../../../shared/model/growth';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatDate, todayIso } from '../../lib/format';
import { LinkedMetric } from '../metric-links/LinkedMetric';
import { CheckInForm } from './CheckInForm';
import { DropGoalDialog } from './DropGoalDialog';
import { GOAL_BADGE } from './goal-status';
import { MilestoneList } from './MilestoneList';
import { useGrowthAction } from './queries';

/** One goal on the profile: what, why, how measured, its milestones and check-ins. */
export function GoalItem({ personId, goal }: { personId: string; goal: Goal }) {
  const [dropping, setDropping] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const setStatus = useGrowthAction('growth:setGoalStatus', {
    done: (g) => `${g.title}: ${GOAL_BADGE[g.status].label.toLowerCase()}.`,
  });
  const remove = useGrowthAction('growth:removeGoal', { done: 'Goal deleted.' });
  const badge = GOAL_BADGE[goal.status];
  const done = goal.milestones.filter((m) => m.doneOn).length;
  const active = goal.status === 'planned' || goal.status === 'in_progress';
  const recent = [...goal.checkIns].sort((a, b) => b.on.localeCompare(a.on)).slice(0, 2);
  const status = (next: Goal['status']) =>
    setStatus.run({ personId, goalId: goal.id, status: next, on: todayIso() });

  return (
    <Stack gap={6} component="article" aria-label={`Goal: ${goal.title}`}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div>
          <Text fw={600}>{goal.title}</Text>
          <Text size="xs" c="dimmed">
            From {formatDate(goal.startsOn)}
            {goal.targetDate && ` · target ${formatDate(goal.targetDate)}`}
            {goal.milestones.length > 0 && ` · ${done} of ${goal.milestones.length} milestones`}
            {goal.status === 'achieved' &&
              goal.achievedOn &&
              ` · achieved ${formatDate(goal.achievedOn)}`}
            {goal.status === 'dropped' && goal.statusReason && ` · ${goal.statusReason}`}
          </Text>
        </div>
        <Group gap={4} wrap="nowrap">
          <Badge size="sm" variant="light" color={badge.color}>
            {badge.label}
          </Badge>
          <Menu position="bottom-end">
            <Menu.Target>
              <Button size="compact-xs" variant="subtle" aria-label={`Actions for ${goal.title}`}>
                <IconDots size={14} aria-hidden />
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {goal.status !== 'in_progress' && (
                <Menu.Item onClick={() => status('in_progress')}>Mark in progress</Menu.Item>
              )}
              {goal.status !== 'achieved' && (
                <Menu.Item onClick={() => status('achieved')}>Mark achieved</Menu.Item>
              )}
              {goal.status !== 'dropped' && (
                <Menu.Item onClick={() => setDropping(true)}>Drop…</Menu.Item>
              )}
              <Menu.Item color="red" onClick={() => setDeleting(true)}>
                Delete…
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      {goal.why && (
        <Text size="sm">
          <Text span c="dimmed" size="sm">
            Why:{' '}
          </Text>
          {goal.why}
        </Text>
      )}
      {goal.measure && (
        <Text size="sm">
          <Text span c="dimmed" size="sm">
            Measured by:{' '}
          </Text>
          {goal.measure}
        </Text>
      )}
      {goal.skills.length > 0 && (
        <Group gap={4}>
          {goal.skills.map((s) => (
            <Badge key={s.skillId} size="xs" variant="outline">
              {s.skillName} → level {s.targetLevel}
            </Badge>
          ))}
        </Group>
      )}
      {goal.metricId && <LinkedMetric personId={personId} metricId={goal.metricId} />}
      <MilestoneList personId={personId} goal={goal} meetingId={null} removable={active} />
      {active && <AddMilestone personId={personId} goal={goal} />}
      {recent.map((c) => (
        <Text key={c.id} size="xs" c="dimmed">
          {formatDate(c.on)}
          {c.meetingId ? ' (1:1)' : ''}: {c.text}
        </Text>
      ))}
      {active && <CheckInForm personId={personId} goal={goal} meetingId={null} />}
      <DropGoalDialog
        personId={personId}
        goal={dropping ? goal : null}
        onClose={() => setDropping(false)}
      />
      <ConfirmDialog
        opened={deleting}
        title={`Delete the goal "${goal.title}"?`}
        confirmLabel="Delete goal"
        busy={remove.isPending}
        onClose={() => setDeleting(false)}
        onConfirm={() =>
          remove.run({ personId, goalId: goal.id }, { onSuccess: () => setDeleting(false) })
        }
      >
        Its milestones and check-ins go with it; trainings linked to it stay in the log. To keep the
        record, drop the goal with a reason instead.
      </ConfirmDialog>
    </Stack>
  );
}

function AddMilestone({ personId, goal }: { personId: string; goal: Goal }) {
  const [text, setText] = useState('');
  const [due, setDue] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const add = useGrowthAction('growth:addMilestone', {
    showFieldErrors: setErrors,
    fieldNames: ['text', 'due'],
  });
  const submit = () => {
    if (!text.trim()) return setErrors({ text: 'Say what the milestone is.' });
    add.run(
      { personId, goalId: goal.id, text, due: due || null },
      { onSuccess: () => (setText(''), setDue('')) },
    );
  };
  return (
    <Group align="flex-start" gap="xs" wrap="nowrap">
      <TextInput
        aria-label={`New milestone for ${goal.title}`}
        placeholder="New milestone"
        size="xs"
        value={text}
        error={errors.text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Enter' && submit()}
        style={{ flex: 1 }}
      />
      <TextInput
        aria-label="Milestone due"
        type="date"
        size="xs"
        w={140}
        min={goal.startsOn}
        value={due}
        error={errors.due}
        onChange={(e) => setDue(e.currentTarget.value)}
      />
      <Button size="xs" variant="default" onClick={submit} loading={add.isPending}>
        Add
      </Button>
    </Group>
  );
}
