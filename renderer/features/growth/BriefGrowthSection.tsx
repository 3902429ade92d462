import { Badge, List, Text } from '@mantine/core';
import type { GrowthBrief } from '../../../shared/domain/growth/brief';
import { describeLevelChange } from '../../../shared/domain/growth/levels';
import { formatDate } from '../../lib/format';
import { BriefSection } from '../brief/BriefSection';

/** The brief's growth: goals in play, milestones done and due, trainings, certificates, levels. */
export function BriefGrowthSection({ growth }: { growth: GrowthBrief }) {
  const empty =
    growth.activeGoals.length +
      growth.milestonesDone.length +
      growth.trainingsDue.length +
      growth.certifications.length +
      growth.skillChanges.length ===
    0;
  return (
    <BriefSection title="Growth" empty={empty && 'No goals in play and nothing due.'}>
      <List spacing={4} aria-label="Growth">
        {growth.activeGoals.map((g) => {
          const stale = growth.staleGoals.find((s) => s.goalId === g.goalId);
          return (
            <List.Item key={g.goalId}>
              {g.title}{' '}
              <Text span size="xs" c="dimmed">
                ({g.milestonesDone} of {g.milestonesTotal} milestones
                {g.targetDate ? `, target ${formatDate(g.targetDate)}` : ''})
              </Text>
              {stale && (
                <Badge size="xs" color="orange" variant="light" ml={4}>
                  No check-in for {stale.daysWithout} days
                </Badge>
              )}
            </List.Item>
          );
        })}
        {growth.milestonesDone.map((m) => (
          <List.Item key={`done-${m.milestoneId}`}>
            Milestone done {formatDate(m.doneOn)}
            {m.inMeeting ? ' in a 1:1' : ''}: {m.text}
          </List.Item>
        ))}
        {growth.milestonesDue.map((m) => (
          <List.Item key={`due-${m.milestoneId}`}>
            Milestone due {formatDate(m.due)}: {m.text}{' '}
            {m.daysOverdue > 0 && (
              <Badge size="xs" color="red">
                Overdue {m.daysOverdue}d
              </Badge>
            )}
          </List.Item>
        ))}
        {growth.trainingsDue.map((t) => (
          <List.Item key={t.trainingId}>
            Training due {formatDate(t.dueOn)}: {t.title}{' '}
            {t.daysOverdue > 0 && (
              <Badge size="xs" color="red">
                Overdue {t.daysOverdue}d
              </Badge>
            )}
          </List.Item>
        ))}
        {growth.certifications.map((c) => (
          <List.Item key={c.trainingId}>
            {c.title} {c.state === 'expired' ? 'lapsed on' : 'expires on'} {formatDate(c.expiresOn)}
          </List.Item>
        ))}
        {growth.skillChanges.map((c) => (
          <List.Item key={`${c.skillId}-${c.at}`}>
            {c.skillName}: level {describeLevelChange(c)} on {formatDate(c.on)}
          </List.Item>
        ))}
      </List>
    </BriefSection>
  );
}
