import type { DueReminder } from '../../model/reminders';
import { milestonesDueBy, trainingsDueBy } from '../growth/brief';
import { expiringCertifications } from '../growth/certifications';
import { addLocalDays, displayLocalDate } from '../local-time';
import {
  activePeople,
  leadOf,
  morningOf,
  reminderId,
  withinWindow,
  type ReminderInput,
  type RuleWindow,
} from './common';

const dueText = (due: string, today: string) =>
  due < today ? `was due ${displayLocalDate(due)}` : `is due ${displayLocalDate(due)}`;

/**
 * milestone_due and training_due (lead days before the due date, while not done) and
 * certification_expiring (lead days before it lapses, until it is renewed or long lapsed).
 */
export function growthReminders(input: ReminderInput, window: RuleWindow): DueReminder[] {
  const milestoneLead = leadOf(input.settings, 'milestone_due');
  const trainingLead = leadOf(input.settings, 'training_due');
  const certLead = leadOf(input.settings, 'certification_expiring');
  const { today, untilDay } = window;
  const out: DueReminder[] = [];
  for (const doc of activePeople(input)) {
    const { id: personId, name } = doc.person;
    const route = `/team/${personId}`;
    const { goals, trainings } = doc.growth;
    if (milestoneLead !== null) {
      for (const m of milestonesDueBy(goals, today, addLocalDays(untilDay, milestoneLead))) {
        out.push({
          id: reminderId('milestone_due', personId, m.milestoneId, m.due),
          kind: 'milestone_due',
          title: `${name}: milestone ${dueText(m.due, today)}`,
          body: `${m.text} (${m.goalTitle}).`,
          dueAt: morningOf(addLocalDays(m.due, -milestoneLead), input.settings).toISOString(),
          personId,
          route,
        });
      }
    }
    if (trainingLead !== null) {
      for (const t of trainingsDueBy(trainings, today, addLocalDays(untilDay, trainingLead))) {
        out.push({
          id: reminderId('training_due', personId, t.trainingId, t.dueOn),
          kind: 'training_due',
          title: `${name}: training ${dueText(t.dueOn, today)}`,
          body: `${t.title}.`,
          dueAt: morningOf(addLocalDays(t.dueOn, -trainingLead), input.settings).toISOString(),
          personId,
          route,
        });
      }
    }
    if (certLead !== null) {
      // As of today (those lapsing soon or lapsed lately) and as of the window's end (coming).
      const seen = new Set<string>();
      const certs = [
        ...expiringCertifications(trainings, today, certLead),
        ...expiringCertifications(trainings, untilDay, certLead),
      ].filter((c) => !seen.has(c.trainingId) && seen.add(c.trainingId));
      for (const c of certs) {
        const lapsed = c.expiresOn < today;
        out.push({
          id: reminderId('certification_expiring', personId, c.trainingId, c.expiresOn),
          kind: 'certification_expiring',
          title: `${name}: ${c.title} ${lapsed ? 'lapsed' : 'expires'} ${displayLocalDate(c.expiresOn)}`,
          body: lapsed ? 'It has lapsed: plan the renewal.' : 'Plan the renewal before it lapses.',
          dueAt: morningOf(addLocalDays(c.expiresOn, -certLead), input.settings).toISOString(),
          personId,
          route,
        });
      }
    }
  }
  return withinWindow(out, window);
}
