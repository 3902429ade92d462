import type { PersonGrowth } from '../../model/growth';
import { timestampToLocalDateTime } from '../local-time';
import { describeLevelChange, levelChanges } from './levels';

export interface GrowthTimelineEvent {
  when: string;
  kind: 'growth';
  text: string;
}

/** What a person's growth adds to their timeline: goals set and met, milestones, trainings, levels. */
export function growthTimelineEvents(growth: PersonGrowth): GrowthTimelineEvent[] {
  const events: GrowthTimelineEvent[] = [];
  const add = (when: string, text: string) => events.push({ when, kind: 'growth', text });
  for (const goal of growth.goals) {
    add(timestampToLocalDateTime(goal.createdAt), `Goal set: ${goal.title}`);
    if (goal.status === 'achieved' && goal.achievedOn)
      add(goal.achievedOn, `Goal achieved: ${goal.title}`);
    for (const m of goal.milestones) {
      if (m.doneOn) add(m.doneOn, `Milestone done: ${m.text}`);
    }
  }
  for (const t of growth.trainings) {
    if (t.status === 'completed' && t.completedOn) {
      const hours = t.hoursSpent ? `, ${t.hoursSpent} h` : '';
      add(t.completedOn, `Training completed: ${t.title}${hours}`);
    }
  }
  for (const c of levelChanges(growth.skills)) {
    add(timestampToLocalDateTime(c.at), `${c.skillName}: level ${describeLevelChange(c)}`);
  }
  return events;
}
