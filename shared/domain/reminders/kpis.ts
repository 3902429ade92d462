import type { MetricPeriod, PersonKpis } from '../../model/kpis';
import type { DueReminder } from '../../model/reminders';
import { lastEndedPeriod, periodBounds, periodLabel } from '../kpis/periods';
import { addLocalDays, timestampToLocalDate } from '../local-time';
import {
  activePeople,
  leadOf,
  morningOf,
  plural,
  reminderId,
  withinWindow,
  type ReminderInput,
  type RuleWindow,
} from './common';

/** Each metric and period a person has a value for (`csat|2026-W47`), kept per (frozen) document. */
const enteredKeys = new WeakMap<PersonKpis, Set<string>>();
function valueKeys(kpis: PersonKpis): Set<string> {
  let keys = enteredKeys.get(kpis);
  if (!keys) {
    keys = new Set(kpis.values.map((v) => `${v.metricId}|${v.period}`));
    enteredKeys.set(kpis, keys);
  }
  return keys;
}

/**
 * kpi_due: once per period, the morning after a week or month ended, while some active metric
 * of that period has no value for an active person who was in Coachbook by the period's end.
 * One reminder per period (`kpi_due:2026-W47`), naming the metrics; it goes when the values are in
 * or the next period ends.
 */
export function kpiReminders(input: ReminderInput, window: RuleWindow): DueReminder[] {
  if (leadOf(input.settings, 'kpi_due') === null) return [];
  const metrics = input.team.kpis.metrics.filter((m) => !m.archived);
  const people = activePeople(input);
  const entered = people.map((d) => ({
    added: timestampToLocalDate(d.person.createdAt),
    has: valueKeys(d.kpis),
  }));
  const out = new Map<string, DueReminder>();
  for (const day of [window.today, window.untilDay]) {
    for (const period of ['week', 'month'] as MetricPeriod[]) {
      const ofPeriod = metrics.filter((m) => m.period === period);
      if (ofPeriod.length === 0) continue;
      const key = lastEndedPeriod(day, period);
      const { end } = periodBounds(key);
      const present = entered.filter((d) => d.added <= end);
      const missingBy = ofPeriod
        .map((metric) => {
          const entry = `${metric.id}|${key}`;
          return { metric, missing: present.filter((d) => !d.has.has(entry)).length };
        })
        .filter((m) => m.missing > 0);
      if (missingBy.length === 0) continue;
      const id = reminderId('kpi_due', key);
      const people_ = Math.max(...missingBy.map((m) => m.missing));
      out.set(id, {
        id,
        kind: 'kpi_due',
        title: `KPI values due for ${periodLabel(key)}`,
        body: `${missingBy.map((m) => m.metric.name).join(', ')}: values missing for up to ${plural(people_, 'person', 'people')}.`,
        dueAt: morningOf(addLocalDays(end, 1), input.settings).toISOString(),
        personId: null,
        route: '/kpis',
      });
    }
  }
  return withinWindow([...out.values()], window);
}
