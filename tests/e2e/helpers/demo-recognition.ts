import { expect, type Page } from '@playwright/test';
import { format, subDays } from 'date-fns';
import type { PersonInput } from '../../../shared/model/person';

/**
 * Opens a route by setting location.hash, which works the same on the web host and in Electron
 * (where page.goto to an app:// URL would be a new navigation). `#/capture` is the capture window.
 */
export async function openRoute(page: Page, path: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#${path}`);
}

/** Adds people through the app's API and answers their ids by name. */
export async function createPeople(
  page: Page,
  people: PersonInput[],
): Promise<Record<string, string>> {
  return page.evaluate(async (inputs) => {
    const ids: Record<string, string> = {};
    for (const input of inputs) {
      const view = await window.coachbook.people.create(input);
      ids[view.person.name] = view.person.id;
    }
    return ids;
  }, people);
}

export function simplePerson(name: string, weekday = 1): PersonInput {
  const today = format(new Date(), 'yyyy-MM-dd');
  return {
    name,
    role: 'Support agent',
    cadence: { frequency: 'weekly', weekday, time: '23:59', weekOfMonth: 1, startsOn: today },
  };
}

/** Picks people in the capture form's "Who" by typing the start of their name and Enter. */
export async function pickPeople(page: Page, names: string[]): Promise<void> {
  const who = page.getByRole('combobox', { name: 'Who' });
  for (const name of names) {
    await who.fill(name.slice(0, 3));
    await expect(page.getByRole('option', { name })).toBeVisible();
    await who.press('Enter');
  }
}

const daysAgo = (now: Date, days: number) => format(subDays(now, days), 'yyyy-MM-dd');

/** Praise and feedback for the demo team (see demo-data.ts), dated relative to `now`. */
export async function seedRecognitionDemo(page: Page, now = new Date()): Promise<void> {
  const d = (days: number) => daysAgo(now, days);
  const praise = [
    [
      ['Priya Natarajan', 'Ben Carter'],
      'Paired on the billing migration and cleared 40 tickets in a day',
      'Teamwork',
      'team_meeting',
      d(2),
    ],
    [
      ['Aiko Tanaka'],
      'Rewrote the onboarding checklist: new customers finish setup a day sooner',
      'Ownership',
      'one_on_one',
      d(5),
    ],
    [
      ['Priya Natarajan'],
      'Turned an angry enterprise admin around on the phone and kept the renewal',
      'Customer first',
      'public_channel',
      d(9),
    ],
    [['Ben Carter'], 'First week with CSAT at 100%', 'Learning', 'one_on_one', d(12)],
    [
      ['Nadia Haddad'],
      'Calm, clear incident updates all through the payments outage',
      'Clear communication',
      'public_channel',
      d(20),
    ],
    [
      ['Marco Rossi'],
      'Took the Spanish queue over the weekend backlog without being asked',
      'Going the extra mile',
      'private',
      d(26),
    ],
    [
      ['Priya Natarajan'],
      'Mentored Ben through his first refund escalation',
      'Teamwork',
      'private',
      d(40),
    ],
    [
      ['Sofia Lindqvist'],
      'New QA rubric adopted by the whole team',
      'Ownership',
      'team_meeting',
      d(95),
    ],
  ] as const;
  const feedback = [
    {
      name: 'Marco Rossi',
      kind: 'constructive',
      date: d(3),
      situation: 'Refund escalation from Acme on Thursday',
      behaviour: 'Promised a refund before checking the contract terms',
      impact: 'Finance had to walk it back and the customer felt misled',
      nextStep: 'Check the contract in the billing tool first, then ask Nadia when unsure',
      link: { type: 'skill', label: 'Refunds' },
    },
    {
      name: 'Ben Carter',
      kind: 'positive',
      date: d(6),
      situation: 'Shadowing Priya on billing tickets',
      behaviour: 'Wrote down every macro he used and shared the list with the team',
      impact: 'Two other new hires now use it',
      nextStep: 'Keep it up to date as macros change',
      link: { type: 'value', label: 'Learning' },
      status: 'delivered',
      deliveredOn: d(4),
    },
    {
      name: 'Nadia Haddad',
      kind: 'constructive',
      date: d(15),
      situation: 'Escalations review',
      behaviour: 'Handed tickets back without a note on what was tried',
      impact: 'Tier 2 repeated steps and customers waited longer',
      nextStep: 'Add a two-line summary when handing back',
      link: { type: 'kpi', label: 'Resolution time' },
      status: 'follow_up',
      deliveredOn: d(13),
      followUpOn: d(-7),
    },
  ];
  await page.evaluate(
    async ([items, notes]) => {
      const api = window.coachbook;
      const ids = Object.fromEntries(
        (await api.people.list()).map((v) => [v.person.name, v.person.id]),
      );
      for (const [names, text, value, sharedIn, date] of items) {
        await api.recognition.create({
          personIds: names.map((n) => ids[n]!),
          text,
          value,
          sharedIn,
          date,
        });
      }
      for (const { name, ...fields } of notes) {
        await api.feedback.create({ personId: ids[name]!, ...fields } as Parameters<
          typeof api.feedback.create
        >[0]);
      }
    },
    [praise, feedback] as const,
  );
  // Screens that were open cached the data from before; start again from a fresh load.
  await page.reload();
}
