import type { Page } from '@playwright/test';
import type { ChannelInput } from '../../../shared/ipc/contract';

type SkillInput = ChannelInput<'growth:saveSkill'>;

/** People added through the API, weekly on Tuesdays: answers their ids in order. */
export async function seedPeople(page: Page, names: string[]): Promise<string[]> {
  return page.evaluate(async (list) => {
    const ids: string[] = [];
    for (const name of list) {
      const view = await window.coachbook.people.create({
        name,
        role: 'Support agent',
        cadence: {
          frequency: 'weekly',
          weekday: 2,
          time: '10:00',
          weekOfMonth: 1,
          startsOn: '2026-01-06',
        },
      });
      ids.push(view.person.id);
    }
    return ids;
  }, names);
}

/** A skill through the API: in the Queues group, critical, covered from level 3 by 2 people. */
export async function seedSkill(page: Page, fields: Partial<SkillInput> & { name: string }) {
  const input: SkillInput = {
    groupId: 'queues',
    criticality: 'critical',
    requiredLevel: 3,
    targetCoverage: 2,
    ...fields,
  };
  return page.evaluate((skill) => window.coachbook.growth.saveSkill(skill), input);
}

export async function seedLevel(page: Page, personId: string, skillId: string, level: number) {
  await page.evaluate((input) => window.coachbook.growth.setLevel(input), {
    personId,
    skillId,
    level,
  });
}
