import { describeLevelChange, levelChanges } from '../../../shared/domain/growth/levels';
import { displayLocalDate, timestampToLocalDate } from '../../../shared/domain/local-time';
import {
  GOAL_STATUS_LABELS,
  TRAINING_KIND_LABELS,
  TRAINING_STATUS_LABELS,
  type PersonGrowth,
} from '../../../shared/model/growth';

const day = displayLocalDate;

/** The growth part of a person's Markdown export: plan, training log, levels over time. */
export function growthMarkdown(growth: PersonGrowth): string[] {
  const out: string[] = [];
  if (growth.goals.length) {
    out.push('## Development plan', '');
    for (const g of [...growth.goals].sort((a, b) => a.startsOn.localeCompare(b.startsOn))) {
      const target = g.targetDate ? `, target ${day(g.targetDate)}` : '';
      const status =
        g.status === 'achieved' && g.achievedOn
          ? `Achieved ${day(g.achievedOn)}`
          : g.status === 'dropped'
            ? `Dropped${g.statusReason ? ` (${g.statusReason})` : ''}`
            : GOAL_STATUS_LABELS[g.status];
      out.push(`### ${g.title}`, '', `_${status}; from ${day(g.startsOn)}${target}._`, '');
      if (g.why) out.push(`- **Why it matters:** ${g.why}`);
      if (g.measure) out.push(`- **How success is measured:** ${g.measure}`);
      for (const s of g.skills)
        out.push(`- **Skill:** ${s.skillName}, aiming for level ${s.targetLevel}`);
      if (g.why || g.measure || g.skills.length) out.push('');
      if (g.milestones.length) {
        out.push('**Milestones:**', '');
        for (const m of g.milestones) {
          const due = m.due ? ` (due ${day(m.due)})` : '';
          const done = m.doneOn
            ? `, done ${day(m.doneOn)}${m.doneInMeetingId ? ' in a 1:1' : ''}`
            : '';
          out.push(`- [${m.doneOn ? 'x' : ' '}] ${m.text}${due}${done}`);
        }
        out.push('');
      }
      if (g.checkIns.length) {
        out.push('**Check-ins:**', '');
        for (const c of [...g.checkIns].sort((a, b) => a.on.localeCompare(b.on))) {
          out.push(`- ${day(c.on)}${c.meetingId ? ' (1:1)' : ''}: ${c.text}`);
        }
        out.push('');
      }
    }
  }
  if (growth.trainings.length) {
    out.push('## Training log', '');
    const when = (t: PersonGrowth['trainings'][number]) =>
      t.completedOn ?? t.startedOn ?? timestampToLocalDate(t.createdAt);
    for (const t of [...growth.trainings].sort((a, b) => when(a).localeCompare(when(b)))) {
      const parts = [TRAINING_KIND_LABELS[t.kind], TRAINING_STATUS_LABELS[t.status].toLowerCase()];
      if (t.provider) parts.push(t.provider);
      if (t.trainer) parts.push(`with ${t.trainer.name}`);
      if (t.completedOn) parts.push(`completed ${day(t.completedOn)}`);
      else if (t.dueOn) parts.push(`due ${day(t.dueOn)}`);
      if (t.hoursSpent || t.hoursPlanned) {
        parts.push(`${t.hoursSpent} h${t.hoursPlanned ? ` of ${t.hoursPlanned} planned` : ''}`);
      }
      if (t.expiresOn) parts.push(`expires ${day(t.expiresOn)}`);
      if (t.skills.length) parts.push(`skills: ${t.skills.map((s) => s.skillName).join(', ')}`);
      out.push(`- **${t.title}** (${parts.join('; ')})${t.url ? ` <${t.url}>` : ''}`);
    }
    out.push('');
  }
  const changes = levelChanges(growth.skills);
  if (changes.length) {
    out.push('## Skill levels', '');
    for (const c of changes) out.push(`- ${day(c.on)}: ${c.skillName} ${describeLevelChange(c)}`);
    out.push('');
  }
  return out;
}
