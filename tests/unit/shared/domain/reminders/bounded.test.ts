import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openActions } from '../../../../../shared/domain/agenda';
import {
  activePeople,
  dayWindow,
  leadOf,
  morningOf,
  ruleWindow,
  withinWindow,
  type ReminderInput,
  type RuleWindow,
} from '../../../../../shared/domain/reminders/common';
import {
  computeReminders,
  LOOK_AHEAD_DAYS,
  ReminderMemo,
  type ComputedReminders,
} from '../../../../../shared/domain/reminders/compute';
import {
  actionReminders,
  followUpReminders,
} from '../../../../../shared/domain/reminders/follow-through';
import { growthReminders } from '../../../../../shared/domain/reminders/growth';
import { kpiReminders } from '../../../../../shared/domain/reminders/kpis';
import {
  meetingReminders,
  notRecordedReminders,
} from '../../../../../shared/domain/reminders/meetings';
import { recognitionReminders } from '../../../../../shared/domain/reminders/recognition';
import { addLocalDays, fromLocalDate } from '../../../../../shared/domain/local-time';
import type { DueReminder } from '../../../../../shared/model/reminders';
import { inTimeZone } from '../../../helpers/time-zone';
import { inputOf, nowArb, peopleArb, settingsArb, teamArb } from './generated';

/**
 * The straightforward pipeline the bounded one must match: every rule over every person at the
 * exact window, each narrowed to what falls due by its end, then one per id, soonest first.
 */
function reference(input: ReminderInput, now: Date): ComputedReminders {
  const window = ruleWindow(now, LOOK_AHEAD_DAYS);
  const rules = [
    meetingReminders,
    notRecordedReminders,
    actionReminders,
    followUpReminders,
    recognitionReminders,
    growthReminders,
    kpiReminders,
  ];
  const all = rules.flatMap((rule) => rule(input, window));
  const unique = [...new Map(all.map((r) => [r.id, r])).values()].sort(
    (a, b) => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id),
  );
  const cut = now.getTime();
  return {
    due: unique.filter((r) => Date.parse(r.dueAt) <= cut),
    upcoming: unique.filter((r) => Date.parse(r.dueAt) > cut),
  };
}

/** action_overdue as first written: every open action through `openActions`, then narrowed. */
function actionsOverAllItems(input: ReminderInput, window: RuleWindow): DueReminder[] {
  if (leadOf(input.settings, 'action_overdue') === null) return [];
  return withinWindow(
    activePeople(input).flatMap((doc) =>
      openActions(doc.actionItems, fromLocalDate(window.untilDay))
        .filter((a) => a.due !== null)
        .map((a) => ({
          id: `action_overdue:${doc.person.id}:${a.id}:${addLocalDays(a.due!, 1)}`,
          dueAt: morningOf(addLocalDays(a.due!, 1), input.settings).toISOString(),
        })),
    ) as DueReminder[],
    window,
  );
}

const ZONES = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney'];

describe('computeReminders over whole days, kept between looks', () => {
  for (const zone of ZONES) {
    it(`answers what the rules answer at the exact window, in ${zone}`, () => {
      inTimeZone(zone, () =>
        fc.assert(
          fc.property(peopleArb, settingsArb, nowArb, (people, settings, now) => {
            const input = inputOf(people, settings);
            expect(computeReminders(input, now)).toEqual(reference(input, now));
          }),
          { numRuns: 80 },
        ),
      );
    }, 30_000);
  }

  it('gives the same answers with a memo kept across looks, edits and setting changes', () => {
    const look = fc.record({
      minutes: fc.integer({ min: 0, max: 36 * 60 }),
      edit: fc.option(fc.nat(), { nil: null }),
      settings: fc.option(settingsArb, { nil: null }),
    });
    fc.assert(
      fc.property(
        peopleArb,
        settingsArb,
        nowArb,
        fc.array(look, { maxLength: 8 }),
        (start, settings, now, looks) => {
          const memo = new ReminderMemo();
          let people = [...start];
          let current = settings;
          let at = now;
          for (const step of looks) {
            at = new Date(at.getTime() + step.minutes * 60_000);
            if (step.edit !== null) {
              // A write replaces one document (here: its first open action done).
              const i = step.edit % people.length;
              const doc = people[i]!;
              const actionItems = doc.actionItems.map((a, n) =>
                n === 0 ? { ...a, doneAt: a.doneAt ? null : at.toISOString() } : a,
              );
              people = people.map((d, n) => (n === i ? { ...doc, actionItems } : d));
            }
            if (step.settings) current = step.settings;
            const input = inputOf(people, current);
            expect(computeReminders(input, at, LOOK_AHEAD_DAYS, memo)).toEqual(
              computeReminders(input, at),
            );
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000);

  it('merges one changed file into the kept list as a full merge would', () => {
    fc.assert(
      fc.property(
        teamArb(6, 9),
        settingsArb,
        nowArb,
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        (start, settings, now, edits) => {
          const memo = new ReminderMemo();
          let people = [...start];
          computeReminders(inputOf(people, settings), now, LOOK_AHEAD_DAYS, memo);
          for (const edit of edits) {
            // One file written: its action done or reopened, or a copy of another person's file
            // (two files for one person: the ids clash, and the full merge must take over).
            const i = edit % people.length;
            const doc = people[i]!;
            const changed =
              edit % 5 === 4
                ? { ...people[(i + 1) % people.length]! }
                : {
                    ...doc,
                    actionItems: doc.actionItems.map((a, n) =>
                      n === 0 ? { ...a, doneAt: a.doneAt ? null : now.toISOString() } : a,
                    ),
                  };
            people = people.map((d, n) => (n === i ? changed : d));
            const input = inputOf(people, settings);
            expect(computeReminders(input, now, LOOK_AHEAD_DAYS, memo)).toEqual(
              computeReminders(input, now),
            );
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 30_000);

  it('recomputes after a time-zone change', () => {
    fc.assert(
      fc.property(peopleArb, settingsArb, nowArb, (people, settings, now) => {
        const memo = new ReminderMemo();
        const input = inputOf(people, settings);
        for (const zone of ZONES) {
          inTimeZone(zone, () =>
            expect(computeReminders(input, now, LOOK_AHEAD_DAYS, memo)).toEqual(
              computeReminders(input, now),
            ),
          );
        }
      }),
      { numRuns: 40 },
    );
  }, 30_000);

  it('narrows open actions to those due before the last day, as over all of them', () => {
    fc.assert(
      fc.property(peopleArb, settingsArb, nowArb, (people, settings, now) => {
        const input = inputOf(people, settings);
        const window = ruleWindow(now, LOOK_AHEAD_DAYS);
        const pick = (r: DueReminder[]) => r.map(({ id, dueAt }) => ({ id, dueAt }));
        expect(pick(actionReminders(input, window))).toEqual(
          pick(actionsOverAllItems(input, window)),
        );
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it('asks the rules for the whole days: from the start of today to the end of the last day', () => {
    const window = ruleWindow(new Date('2026-11-18T13:05'), 7);
    const days = dayWindow(window);
    expect(days.now).toEqual(new Date('2026-11-18T00:00'));
    expect(days.until).toEqual(new Date(new Date('2026-11-26T00:00').getTime() - 1));
    expect([days.today, days.untilDay]).toEqual(['2026-11-18', '2026-11-25']);
  });
});
