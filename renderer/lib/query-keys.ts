import type { ChannelInput } from '../../shared/ipc/contract';
import type { DataChange } from '../../shared/ipc/events';

export type FeedFilter = NonNullable<ChannelInput<'recognition:feed'>>;

/**
 * Every query key starts from the document it reads, so a `data:changed` event refreshes exactly
 * what the change touched (`data-sync.ts`):
 * - `['person', id, ...]` reads one person's file only;
 * - `['team', ...]` reads team.json only;
 * - `['all', ...]` reads several documents (the roster, Today, the feed, the balance, and views of
 *   one person that also use the team's settings): every change refreshes it.
 * Keys that read no document (app notices, the shortcut) sit under `['app', ...]`.
 */
export const queryKeys = {
  person: (id: string) => ['person', id] as const,
  profile: (id: string) => ['person', id, 'profile'] as const,
  meetings: (id: string) => ['person', id, 'meetings'] as const,
  meeting: (id: string, meetingId: string) => ['person', id, 'meeting', meetingId] as const,
  feedback: (id: string) => ['person', id, 'feedback'] as const,

  team: ['team'] as const,
  values: ['team', 'values'] as const,
  questionBank: ['team', 'question-bank'] as const,
  /** The team's recognition gap, with the desktop shortcut (electron-store, no document). */
  recognitionPreferences: ['team', 'recognition-preferences'] as const,
  weekStart: ['team', 'week-start'] as const,
  /** Skill groups and definitions, level descriptions, plan templates. */
  growthSettings: ['team', 'growth'] as const,
  /** KPI metric definitions and preferences (team.json). */
  kpiSettings: ['team', 'kpis'] as const,
  /** Past KPI imports (team.json `kpis.imports`). */
  kpiImports: ['team', 'kpi-imports'] as const,

  all: ['all'] as const,
  roster: ['all', 'roster'] as const,
  today: ['all', 'today'] as const,
  feed: (filter: FeedFilter) => ['all', 'recognition-feed', filter] as const,
  balance: ['all', 'balance'] as const,
  /** The brief uses the person's file, the team's settings and metrics, and everyone's KPI values. */
  brief: (id: string) => ['all', 'brief', id] as const,
  /** A person's recognition, with their balance measured against the team's gap. */
  personRecognition: (id: string) => ['all', 'person-recognition', id] as const,
  /** A person's plan, trainings and levels, with the team's skill definitions. */
  personGrowth: (id: string) => ['all', 'person-growth', id] as const,
  /** The skills matrix, coverage and training view of every active person. */
  growthTeam: ['all', 'growth-team'] as const,
  growthToday: ['all', 'growth-today'] as const,
  /** A KPI grid: people's values (their files) with the team's metric definitions. */
  kpiGrid: (input: ChannelInput<'kpis:grid'>) => ['all', 'kpi-grid', input] as const,
  /** The KPI team table: every active person's values and the definitions. */
  kpiTeam: (count: number) => ['all', 'kpi-team', count] as const,
  /** A person's KPI trends, against the team median. */
  personKpis: (id: string) => ['all', 'person-kpis', id] as const,
  /** The bell: what is due depends on every document, and on the engine (reminders:changed). */
  reminders: ['all', 'reminders'] as const,

  /** Reminder settings and start at login (reminders.json, the system): reminders:changed. */
  reminderSettings: ['reminders', 'settings'] as const,
  startAtLogin: ['reminders', 'start-at-login'] as const,

  appInfo: ['app', 'info'] as const,
};

/** What `reminders:changed` makes stale: the bell and the reminder settings. */
export const REMINDER_KEYS = [queryKeys.reminders, queryKeys.reminderSettings] as const;

/** The key families a change makes stale: its own document's, and every cross-document view. */
export function keysTouchedBy(change: DataChange): readonly (readonly string[])[] {
  return change.kind === 'person'
    ? [queryKeys.person(change.id), queryKeys.all]
    : [queryKeys.team, queryKeys.all];
}
