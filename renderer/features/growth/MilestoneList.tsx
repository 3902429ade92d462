import { Badge, Checkbox, Group, Stack, Text } from '@mantine/core';
import type { Goal } from '../../../shared/model/growth';
import { RemoveButton } from '../../components/RemoveButton';
import { formatDate, todayIso } from '../../lib/format';
import { api } from '../../lib/api';
import { useGrowthAction } from './queries';

const milestoneText = (goal: Goal, id: string) =>
  goal.milestones.find((m) => m.id === id)?.text ?? '';

interface MilestoneListProps {
  personId: string;
  goal: Goal;
  /** The 1:1 this is shown in: a milestone ticked here records it. */
  meetingId: string | null;
  removable?: boolean;
}

/** A goal's milestones: tick one when it is done, see which are due or late. */
export function MilestoneList({ personId, goal, meetingId, removable }: MilestoneListProps) {
  const tick = useGrowthAction('growth:tickMilestone');
  const remove = useGrowthAction('growth:removeMilestone', {
    done: (_, input) => `Milestone removed: ${milestoneText(goal, input.milestoneId)}`,
    // Put back at the end of the list, ticked again if it was done.
    undo: async (_, input) => {
      const m = goal.milestones.find((x) => x.id === input.milestoneId);
      if (!m) return;
      const back = await api.growth.addMilestone({
        personId,
        goalId: goal.id,
        text: m.text,
        due: m.due,
      });
      if (m.doneOn) {
        await api.growth.tickMilestone({
          personId,
          goalId: goal.id,
          milestoneId: back.milestones.at(-1)!.id,
          done: true,
          on: m.doneOn,
          meetingId: m.doneInMeetingId,
        });
      }
    },
  });
  const today = todayIso();
  if (goal.milestones.length === 0) return null;
  return (
    <Stack gap={4} component="ul" className="plain-list" aria-label={`Milestones of ${goal.title}`}>
      {goal.milestones.map((m) => {
        const late = !m.doneOn && m.due !== null && m.due < today;
        return (
          <Group key={m.id} component="li" justify="space-between" wrap="nowrap" gap="xs">
            <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
              <Checkbox
                checked={m.doneOn !== null}
                aria-label={`Done: ${m.text}`}
                onChange={(e) =>
                  tick.run({
                    personId,
                    goalId: goal.id,
                    milestoneId: m.id,
                    done: e.currentTarget.checked,
                    on: today,
                    meetingId,
                  })
                }
              />
              <Text size="sm" td={m.doneOn ? 'line-through' : undefined}>
                {m.text}
              </Text>
              {m.doneOn ? (
                <Badge size="xs" variant="light" color="teal">
                  Done {formatDate(m.doneOn)}
                </Badge>
              ) : m.due ? (
                <Badge size="xs" variant={late ? 'filled' : 'light'} color={late ? 'red' : 'gray'}>
                  {late ? `Overdue (due ${formatDate(m.due)})` : `Due ${formatDate(m.due)}`}
                </Badge>
              ) : null}
            </Group>
            {removable && (
              <RemoveButton
                label={`Remove milestone: ${m.text}`}
                onClick={() => remove.run({ personId, goalId: goal.id, milestoneId: m.id })}
              />
            )}
          </Group>
        );
      })}
    </Stack>
  );
}
