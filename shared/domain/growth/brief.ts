import type { Goal, PersonGrowth, Training } from '../../model/growth';
import { displayLocalDate, localDaysBetween } from '../local-time';
import { expiringCertifications, type ExpiringCertification } from './certifications';
import { dueState, horizon } from './due';
import { levelChangesSince, type LevelChangeEvent } from './levels';

/** The brief looks this far ahead: up to a fortnightly 1:1's next meeting. */
export const BRIEF_DUE_DAYS = 14;
/** A goal in play without a check-in for this many days is worth asking about. */
export const STALE_GOAL_DAYS = 30;

export interface MilestoneDue {
  goalId: string;
  goalTitle: string;
  milestoneId: string;
  text: string;
  due: string;
  daysOverdue: number;
}

export interface TrainingDue {
  trainingId: string;
  title: string;
  dueOn: string;
  daysOverdue: number;
}

export interface StaleGoal {
  goalId: string;
  title: string;
  /** The last check-in's date, or null when there was none. */
  lastCheckIn: string | null;
  daysWithout: number;
}

export interface MilestoneDone {
  goalId: string;
  goalTitle: string;
  milestoneId: string;
  text: string;
  doneOn: string;
  /** Ticked during a 1:1. */
  inMeeting: boolean;
}

export interface GrowthBrief {
  activeGoals: {
    goalId: string;
    title: string;
    status: Goal['status'];
    targetDate: string | null;
    milestonesDone: number;
    milestonesTotal: number;
    lastCheckIn: { on: string; text: string } | null;
  }[];
  milestonesDue: MilestoneDue[];
  /** Milestones ticked since the last 1:1 (all of them before the first). */
  milestonesDone: MilestoneDone[];
  staleGoals: StaleGoal[];
  trainingsDue: TrainingDue[];
  certifications: ExpiringCertification[];
  skillChanges: LevelChangeEvent[];
}

export const isActiveGoal = (g: Goal) => g.status === 'planned' || g.status === 'in_progress';
export const isOpenTraining = (t: Training) => t.status === 'planned' || t.status === 'in_progress';

/** Milestones not done in goals still in play, due by `until` (overdue ones too), soonest first. */
export function milestonesDueBy(goals: Goal[], today: string, until: string): MilestoneDue[] {
  return goals
    .filter(isActiveGoal)
    .flatMap((g) =>
      g.milestones
        .filter((m) => m.doneOn === null && m.due !== null && m.due <= until)
        .map((m) => ({
          goalId: g.id,
          goalTitle: g.title,
          milestoneId: m.id,
          text: m.text,
          due: m.due!,
          daysOverdue: dueState(m.due, today, until).daysOverdue,
        })),
    )
    .sort((a, b) => a.due.localeCompare(b.due) || a.text.localeCompare(b.text));
}

/** Trainings planned or under way, due by `until` (overdue ones too), soonest first. */
export function trainingsDueBy(trainings: Training[], today: string, until: string): TrainingDue[] {
  return trainings
    .filter((t) => isOpenTraining(t) && t.dueOn !== null && t.dueOn <= until)
    .map((t) => ({
      trainingId: t.id,
      title: t.title,
      dueOn: t.dueOn!,
      daysOverdue: dueState(t.dueOn, today, until).daysOverdue,
    }))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title));
}

/**
 * Goals in play whose last check-in (or, without one, their start) is `STALE_GOAL_DAYS` or more
 * days ago. A goal that has not started yet is never stale.
 */
export function staleGoals(goals: Goal[], today: string, days = STALE_GOAL_DAYS): StaleGoal[] {
  return goals
    .filter(isActiveGoal)
    .flatMap((g) => {
      const last = g.checkIns.reduce<string | null>((m, c) => (m && m > c.on ? m : c.on), null);
      const since = last ?? g.startsOn;
      const without = localDaysBetween(since, today);
      return without >= days
        ? [{ goalId: g.id, title: g.title, lastCheckIn: last, daysWithout: without }]
        : [];
    })
    .sort((a, b) => b.daysWithout - a.daysWithout);
}

/** The growth part of a 1:1 brief: `since` is the last held 1:1's local date (null: none yet). */
export function buildGrowthBrief(
  growth: PersonGrowth,
  today: string,
  since: string | null,
): GrowthBrief {
  const until = horizon(today, BRIEF_DUE_DAYS);
  return {
    activeGoals: growth.goals.filter(isActiveGoal).map((g) => {
      const last = [...g.checkIns].sort((a, b) => a.on.localeCompare(b.on)).at(-1);
      return {
        goalId: g.id,
        title: g.title,
        status: g.status,
        targetDate: g.targetDate,
        milestonesDone: g.milestones.filter((m) => m.doneOn !== null).length,
        milestonesTotal: g.milestones.length,
        lastCheckIn: last ? { on: last.on, text: last.text } : null,
      };
    }),
    milestonesDue: milestonesDueBy(growth.goals, today, until),
    milestonesDone: growth.goals
      .flatMap((g) =>
        g.milestones
          .filter((m) => m.doneOn !== null && (since === null || m.doneOn >= since))
          .map((m) => ({
            goalId: g.id,
            goalTitle: g.title,
            milestoneId: m.id,
            text: m.text,
            doneOn: m.doneOn!,
            inMeeting: m.doneInMeetingId !== null,
          })),
      )
      .sort((a, b) => b.doneOn.localeCompare(a.doneOn)),
    staleGoals: staleGoals(growth.goals, today),
    trainingsDue: trainingsDueBy(growth.trainings, today, until),
    certifications: expiringCertifications(growth.trainings, today),
    skillChanges: levelChangesSince(growth.skills, since).slice(0, 10),
  };
}

export interface GrowthSuggestion {
  kind: 'growth';
  text: string;
}

const day = displayLocalDate;

/** Topics for the 1:1 from the growth brief: what is late first, then progress to recognise. */
export function growthSuggestions(brief: GrowthBrief): GrowthSuggestion[] {
  const out: string[] = [];
  for (const m of brief.milestonesDue) {
    out.push(
      m.daysOverdue > 0
        ? `Milestone overdue by ${m.daysOverdue} ${m.daysOverdue === 1 ? 'day' : 'days'}: "${m.text}" (${m.goalTitle}). What is in the way?`
        : `Milestone due ${day(m.due)}: "${m.text}" (${m.goalTitle}). On track?`,
    );
  }
  for (const t of brief.trainingsDue.filter((t) => t.daysOverdue > 0)) {
    out.push(`Training overdue since ${day(t.dueOn)}: ${t.title}. Still on, or drop it?`);
  }
  for (const g of brief.staleGoals) {
    out.push(`No check-in on "${g.title}" for ${g.daysWithout} days: how is it going?`);
  }
  for (const c of brief.certifications) {
    out.push(
      c.state === 'expired'
        ? `${c.title} lapsed on ${day(c.expiresOn)}: renew it?`
        : `${c.title} expires on ${day(c.expiresOn)}: plan the renewal.`,
    );
  }
  const ups = brief.skillChanges.filter((c) => c.to > (c.from ?? 0));
  const seen = new Set<string>();
  for (const c of ups) {
    if (seen.has(c.skillId)) continue;
    seen.add(c.skillId);
    out.push(`${c.skillName} went up to level ${c.to}: recognise the progress.`);
  }
  return [...new Set(out)].map((text) => ({ kind: 'growth' as const, text }));
}
