import type { LevelChange, PersonSkill, SkillLevelValue } from '../../model/growth';

/** The level now: the last one set, or 0 when none was ever set. */
export function currentLevel(skill: Pick<PersonSkill, 'history'> | undefined): SkillLevelValue {
  return (skill?.history.at(-1)?.level ?? 0) as SkillLevelValue;
}

/** The level a person had at the end of a local date (0 before the first one was set). */
export function levelOn(skill: Pick<PersonSkill, 'history'>, date: string): SkillLevelValue {
  let level = 0;
  for (const change of skill.history) if (change.on <= date) level = change.level;
  return level as SkillLevelValue;
}

export interface LevelChangeEvent {
  skillId: string;
  skillName: string;
  /** The level before, or null for the first level ever set. */
  from: number | null;
  to: number;
  on: string;
  at: string;
}

/** Every level change of a person, oldest first, each with the level it replaced. */
export function levelChanges(skills: PersonSkill[]): LevelChangeEvent[] {
  const events: LevelChangeEvent[] = [];
  for (const skill of skills) {
    let previous: LevelChange | null = null;
    for (const change of skill.history) {
      events.push({
        skillId: skill.skillId,
        skillName: skill.skillName,
        from: previous ? previous.level : null,
        to: change.level,
        on: change.on,
        at: change.at,
      });
      previous = change;
    }
  }
  return events.sort((a, b) => a.at.localeCompare(b.at));
}

/** Level changes on or after a local date (null: all of them), newest first. */
export function levelChangesSince(skills: PersonSkill[], since: string | null): LevelChangeEvent[] {
  return levelChanges(skills)
    .filter((c) => since === null || c.on >= since)
    .reverse();
}

/** "2 → 3", or "set to 3" for a first level. */
export function describeLevelChange(change: Pick<LevelChangeEvent, 'from' | 'to'>): string {
  return change.from === null ? `set to ${change.to}` : `${change.from} → ${change.to}`;
}
