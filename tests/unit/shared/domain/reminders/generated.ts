// Random person documents around the fixed clock's day (Wed 18 Nov 2026) for the property tests
// of the reminder rules: cadences (changed ones too), skips and moves, 1:1s in every status,
// actions, feedback, recognitions, growth and KPI values, all within a few months of that day.
import fc from 'fast-check';
import { defaultTeamKpis } from '../../../../../shared/domain/kpis/defaults';
import { periodKeyOf } from '../../../../../shared/domain/kpis/periods';
import type { ReminderInput } from '../../../../../shared/domain/reminders/common';
import type { PersonDocument } from '../../../../../shared/model/documents';
import type { Cadence } from '../../../../../shared/model/person';
import { REMINDER_KINDS, defaultReminderSettings } from '../../../../../shared/model/reminders';
import { personDoc } from './fixtures';

/** A local date `offset` days from 18 Nov 2026 (calendar arithmetic, no time zone involved). */
export function day(offset: number): string {
  const d = new Date(Date.UTC(2026, 10, 18 + offset));
  return d.toISOString().slice(0, 10);
}

const offset = fc.integer({ min: -90, max: 60 });
const date = offset.map(day);
const maybeDate = fc.option(date, { nil: null });
const time = fc.constantFrom('00:30', '02:30', '08:00', '09:15', '13:00', '17:45', '23:30');
const stamp = offset.map((o) => `${day(o)}T09:00:00.000Z`);

export const cadenceArb: fc.Arbitrary<Cadence> = fc.record({
  frequency: fc.constantFrom('weekly', 'biweekly', 'monthly', 'none'),
  weekday: fc.integer({ min: 1, max: 7 }),
  time,
  weekOfMonth: fc.integer({ min: 1, max: 5 }),
  startsOn: fc.integer({ min: -200, max: 20 }).map(day),
});

const meeting = fc.record({
  id: fc.uuid(),
  occurrence: maybeDate,
  at: fc.tuple(date, time).map(([d, t]) => `${d}T${t}`),
  status: fc.constantFrom('planned', 'planned', 'held', 'cancelled', 'missed'),
  statusReason: fc.constant(''),
  notes: fc.constant(''),
  privateNotes: fc.constant(''),
  mood: fc.constant(null),
  createdAt: stamp,
  updatedAt: stamp,
});

const schedule = fc.record({
  exceptions: fc.array(
    fc.record({
      occurrence: date,
      kind: fc.constantFrom('skip', 'move'),
      movedTo: fc.option(
        fc.tuple(date, time).map(([d, t]) => `${d}T${t}`),
        { nil: null },
      ),
      reason: fc.constant(''),
    }),
    { maxLength: 4 },
  ),
  pastCadences: fc.array(fc.record({ cadence: cadenceArb, until: date }), { maxLength: 2 }),
});

/** What the schedule rules read: a cadence, its history and exceptions, and the 1:1s. */
export const ledgerArb = fc.record({
  cadence: cadenceArb,
  createdAt: fc.integer({ min: -200, max: 0 }).map((o) => `${day(o)}T08:00:00.000Z`),
  schedule,
  meetings: fc.array(meeting, { maxLength: 12 }),
});

const action = fc.record({
  id: fc.uuid(),
  text: fc.constantFrom('Send the rota', 'Book shadowing'),
  owner: fc.constantFrom('lead', 'report'),
  due: maybeDate,
  createdInMeetingId: fc.constant(null),
  doneAt: fc.option(stamp, { nil: null }),
  createdAt: stamp,
});

const feedback = fc.record({
  id: fc.uuid(),
  kind: fc.constantFrom('positive', 'constructive'),
  date,
  situation: fc.constant('Escalation call'),
  behaviour: fc.constantFrom('', 'Stayed calm'),
  impact: fc.constant('Customer stayed'),
  nextStep: fc.constant(''),
  link: fc.constant(null),
  metricId: fc.constant(null),
  status: fc.constantFrom('to_deliver', 'delivered', 'follow_up'),
  deliveredOn: maybeDate,
  deliveredInMeetingId: fc.constant(null),
  followUpOn: maybeDate,
  createdAt: stamp,
  updatedAt: stamp,
});

const recognition = fc.record({
  id: fc.uuid(),
  date,
  text: fc.constant('Covered the queue'),
  value: fc.constant(null),
  sharedIn: fc.constant('private'),
  recipients: fc.constant<{ personId: string; name: string }[]>([
    { personId: 'p-1', name: 'Sam Lee' },
  ]),
  createdAt: stamp,
});

const goal = fc.record({
  id: fc.uuid(),
  title: fc.constant('Own the billing queue'),
  why: fc.constant(''),
  measure: fc.constant(''),
  startsOn: date,
  targetDate: maybeDate,
  status: fc.constantFrom('in_progress', 'achieved'),
  statusReason: fc.constant(''),
  achievedOn: fc.constant(null),
  skills: fc.constant<never[]>([]),
  milestones: fc.array(
    fc.record({
      id: fc.uuid(),
      text: fc.constant('Shadow tier 2'),
      due: maybeDate,
      doneOn: maybeDate,
      doneInMeetingId: fc.constant(null),
    }),
    { maxLength: 3 },
  ),
  checkIns: fc.constant<never[]>([]),
  templateId: fc.constant(null),
  metricId: fc.constant(null),
  createdAt: stamp,
  updatedAt: stamp,
});

const training = fc.record({
  id: fc.uuid(),
  kind: fc.constantFrom('course', 'certification'),
  title: fc.constant('De-escalation'),
  provider: fc.constant(''),
  status: fc.constantFrom('planned', 'in_progress', 'completed', 'dropped'),
  startedOn: maybeDate,
  dueOn: maybeDate,
  completedOn: maybeDate,
  hoursPlanned: fc.constant(null),
  hoursSpent: fc.constant(0),
  skills: fc.constant<never[]>([]),
  goalId: fc.constant(null),
  trainer: fc.constant(null),
  expiresOn: maybeDate,
  url: fc.constant(''),
  note: fc.constant(''),
  createdAt: stamp,
  updatedAt: stamp,
});

const METRICS = defaultTeamKpis('2026-01-01T00:00:00.000Z').metrics;
const kpiValue = fc
  .tuple(fc.constantFrom(...METRICS), fc.integer({ min: -40, max: 10 }))
  .map(([metric, o]) => ({
    id: `${metric.id}-${o}`,
    metricId: metric.id,
    period: periodKeyOf(day(o), metric.period),
    value: 1,
    sampleSize: null,
    source: { kind: 'typed' as const },
    recordedAt: `${day(o)}T09:00:00.000Z`,
    previous: [],
  }));

/** One person's document; `index` makes the person id. */
export const personArb = (index: number): fc.Arbitrary<PersonDocument> =>
  fc
    .record({
      ledger: ledgerArb,
      status: fc.constantFrom('active', 'active', 'active', 'archived'),
      actionItems: fc.array(action, { maxLength: 6 }),
      feedback: fc.array(feedback, { maxLength: 4 }),
      recognitions: fc.array(recognition, { maxLength: 3 }),
      goals: fc.array(goal, { maxLength: 2 }),
      trainings: fc.array(training, { maxLength: 3 }),
      values: fc.array(kpiValue, { maxLength: 8 }),
    })
    .map((g) => {
      const doc = personDoc({
        person: {
          id: `p-${index}`,
          name: `Person ${index}`,
          cadence: g.ledger.cadence,
          status: g.status as 'active' | 'archived',
          archivedAt: g.status === 'archived' ? g.ledger.createdAt : null,
          createdAt: g.ledger.createdAt,
        },
        schedule: g.ledger.schedule,
        meetings: g.ledger.meetings,
        actionItems: g.actionItems,
        feedback: g.feedback,
        recognitions: g.recognitions,
      });
      return {
        ...doc,
        growth: { ...doc.growth, goals: g.goals, trainings: g.trainings },
        kpis: { values: g.values },
      } as PersonDocument;
    });

/** Between `min` and `max` people (p-1, p-2, …). */
export const teamArb = (min: number, max: number) =>
  fc
    .integer({ min, max })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => personArb(i + 1))));

export const peopleArb = teamArb(1, 4);

/** Settings with random kinds on (and random leads), all kinds reachable. */
export const settingsArb = fc
  .tuple(
    fc.array(fc.boolean(), { minLength: REMINDER_KINDS.length, maxLength: REMINDER_KINDS.length }),
    fc.array(fc.integer({ min: 0, max: 120 }), {
      minLength: REMINDER_KINDS.length,
      maxLength: REMINDER_KINDS.length,
    }),
    fc.constantFrom('07:00', '08:30', '23:45'),
  )
  .map(([on, leads, digestTime]) => {
    const settings = defaultReminderSettings();
    REMINDER_KINDS.forEach((kind, i) => {
      settings.kinds[kind] = { enabled: on[i]!, lead: leads[i]! };
    });
    settings.digest.time = digestTime;
    return settings;
  });

/** An instant on a minute, 29 Sep to 30 Nov 2026 (DST changes in Sydney, Berlin, New York). */
export const nowArb = fc
  .integer({ min: -50 * 24 * 60, max: 12 * 24 * 60 })
  .map((minutes) => new Date(new Date('2026-11-18T00:00').getTime() + minutes * 60_000));

export function inputOf(
  people: PersonDocument[],
  settings: ReminderInput['settings'],
): ReminderInput {
  return {
    people,
    team: {
      preferences: { recognitionGapDays: 14, weekStartsOn: 'locale' },
      kpis: defaultTeamKpis('2026-01-01T00:00:00.000Z'),
    },
    settings,
  };
}
