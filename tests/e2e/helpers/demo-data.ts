import type { Page } from '@playwright/test';
import { format, getISODay, subDays } from 'date-fns';
import type { PersonInput } from '../../../shared/model/person';

/** A believable support team, with cadences that put some 1:1s today and this week. */
export function demoTeam(now = new Date()): PersonInput[] {
  const today = getISODay(now);
  const day = (offset: number) => ((today - 1 + offset + 7) % 7) + 1;
  const since = (days: number) => format(subDays(now, days), 'yyyy-MM-dd');
  const cadence = (
    frequency: PersonInput['cadence']['frequency'],
    weekday: number,
    time: string,
    weekOfMonth = 1,
  ) => ({
    frequency,
    weekday,
    time,
    weekOfMonth,
    startsOn: since(63),
  });
  return [
    {
      name: 'Priya Natarajan',
      role: 'Senior support agent',
      email: 'priya@example.com',
      startDate: since(900),
      cadence: cadence('weekly', day(0), '16:30'),
      skills: ['Billing', 'API'],
      tags: ['Tier 2', 'Mentor'],
      note: 'Wants to move toward support operations.',
    },
    {
      name: 'Marco Rossi',
      role: 'Support agent',
      email: 'marco@example.com',
      startDate: since(400),
      cadence: cadence('biweekly', day(1), '10:00'),
      skills: ['Spanish', 'Refunds'],
      tags: ['Tier 1'],
    },
    {
      name: 'Aiko Tanaka',
      role: 'Onboarding specialist',
      email: 'aiko@example.com',
      startDate: since(200),
      cadence: cadence('weekly', day(2), '11:30'),
      skills: ['Onboarding', 'Japanese'],
      tags: ['Customer success'],
    },
    {
      name: 'Nadia Haddad',
      role: 'Escalations lead',
      email: 'nadia@example.com',
      startDate: since(1500),
      cadence: cadence('biweekly', day(3), '14:00'),
      skills: ['Escalations', 'Billing'],
      tags: ['Tier 3'],
    },
    {
      name: 'Ben Carter',
      role: 'Support agent',
      startDate: since(60),
      cadence: cadence('weekly', day(0), '13:00'),
      skills: ['Email support'],
      tags: ['Tier 1', 'New hire'],
      note: 'First 90 days: pair with Priya on billing tickets.',
    },
    {
      name: 'Sofia Lindqvist',
      role: 'QA specialist',
      startDate: since(700),
      cadence: cadence('monthly', day(4), '15:00', 2),
      skills: ['QA', 'Macros'],
      tags: ['Quality'],
    },
    {
      name: 'Omar Farouk',
      role: 'Night shift agent',
      startDate: since(300),
      cadence: cadence('none', 1, '10:00'),
      skills: ['Chat'],
      tags: ['Night shift'],
    },
  ];
}

export async function seedDemoTeam(page: Page, now = new Date()): Promise<void> {
  await page.evaluate(async (people) => {
    for (const person of people) await window.coachbook.people.create(person);
  }, demoTeam(now));
  await page.reload();
}
