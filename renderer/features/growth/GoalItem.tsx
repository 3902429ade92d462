import { Badge, Button, Group, Menu, Stack, Text, TextInput } from '@mantine/core';
import { IconDots, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { Goal } from '../../../shared/model/growth';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatDate, todayIso } from '../../lib/format';
import { LinkedMetric } from '../metric-links/LinkedMetric';
import { CheckInForm } from './CheckInForm';
import { DropGoalDialog } from './DropGoalDialog';
import { GoalModal } from './GoalModal';
import { GOAL_BADGE } from './goal-status';
import { MilestoneList } from './MilestoneList';
import { useGrowthAction } from './queries';

/** Check-ins shown before "Show all": the latest ones. */
const RECENT_CHECK_INS = 2;

interface GoalItemProps {
  personId: string;
  personName: string;
  goal: Goal;
  skillOptions: { skillId: string; name: string }[];
  levelDescriptions: string[];
}

/** One goal on the profile: what, why, how measured, its milestones and check-ins. */
export function GoalItem({ personId, personName, goal, ...options }: GoalItemProps) {
  const [dropping, setDropping] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [editing, setEditing] = useState(false);
  const [allCheckIns, setAllCheckIns] = useState(false);
  const setStatus = useGrowthAction('growth:setGoalStatus', {
    done: (g) => `${g.title}: ${GOAL_BADGE[g.status].label.toLowerCase()}.`,
  });
  const remove = useGrowthAction('growth:removeGoal', { done: 'Goal deleted.' });
  const badge = GOAL_BADGE[goal.status];
  const done = goal.milestones.filter((m) => m.doneOn).length;
  const active = goal.status === 'planned' || goal.status === 'in_progress';
  const checkIns = [...goal.checkIns].sort(
    (a, b) => b.on.localeCompare(a.on) || b.createdAt.localeCompare(a.createdAt),
  );
  const shownCheckIns = allCheckIns ? checkIns : checkIns.slice(0, RECENT_CHECK_INS);
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
              <Menu.Item onClick={() => setEditing(true)}>Edit…</Menu.Item>
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
      {checkIns.length > 0 && (
        <Stack
          gap={2}
          component="ul"
          className="plain-list"
          aria-label={`Check-ins on ${goal.title}`}
        >
          {shownCheckIns.map((c) => (
            <Text key={c.id} component="li" size="xs" c="dimmed">
              {formatDate(c.on)}
              {c.meetingId ? ' (1:1)' : ''}: {c.text}
            </Text>
          ))}
        </Stack>
      )}
      {checkIns.length > RECENT_CHECK_INS && (
        <Group>
          <Button size="compact-xs" variant="subtle" onClick={() => setAllCheckIns((v) => !v)}>
            {allCheckIns ? 'Show the latest only' : `Show all ${checkIns.length} check-ins`}
          </Button>
        </Group>
      )}
      {active && <CheckInForm personId={personId} goal={goal} meetingId={null} />}
      <GoalModal
        personId={personId}
        personName={personName}
        goal={goal}
        opened={editing}
        onClose={() => setEditing(false)}
        {...options}
      />
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

/** "Add milestone" opens a one-line form: the plan stays readable until one is wanted. */
function AddMilestone({ personId, goal }: { personId: string; goal: Goal }) {
  const [open, setOpen] = useState(false);
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
      { onSuccess: () => (setText(''), setDue(''), setOpen(false)) },
    );
  };
  if (!open) {
    return (
      <Group>
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconPlus size={12} aria-hidden />}
          onClick={() => setOpen(true)}
          aria-label={`Add milestone to ${goal.title}`}
        >
          Add milestone
        </Button>
      </Group>
    );
  }
  return (
    <Group align="flex-start" gap="xs" wrap="nowrap">
      <TextInput
        aria-label={`New milestone for ${goal.title}`}
        placeholder="New milestone (Enter to add, Escape to close)"
        size="xs"
        autoFocus
        value={text}
        error={errors.text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') submit();
          if (e.key === 'Escape') setOpen(false);
        }}
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
      <Button size="xs" variant="subtle" onClick={() => setOpen(false)}>
        Cancel
      </Button>
    </Group>
  );
}
