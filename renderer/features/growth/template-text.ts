import type { TemplateGoal } from '../../../shared/model/growth';

/**
 * A template's milestones as the editor shows them, one a line: `2: Shadow a Tier 2 agent` is
 * week 2 from the plan's start. A line without a week is week 0.
 */
export function milestonesToText(milestones: TemplateGoal['milestones']): string {
  return milestones.map((m) => `${m.week}: ${m.text}`).join('\n');
}

export function textToMilestones(text: string): TemplateGoal['milestones'] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const match = /^(\d{1,3})\s*[:.)-]\s*(.+)$/.exec(line);
      return match ? { week: Number(match[1]), text: match[2]!.trim() } : { week: 0, text: line };
    });
}
