import type { Feedback } from './feedback';
import type { GrowthBrief } from '../domain/growth/brief';
import type { KpiBrief } from '../domain/kpis/brief';
import type { AgendaAction, AgendaPoint } from './meeting';
import type { Recognition } from './recognition';

/** A topic the brief suggests raising (`shared/domain/suggestions.ts`). */
export interface Suggestion {
  kind:
    | 'overdue_action'
    | 'mood_down'
    | 'no_recent_one_on_one'
    | 'point_carried'
    | 'feedback_waiting'
    | 'feedback_follow_up'
    | 'recognition_gap'
    | 'growth'
    | 'kpi';
  text: string;
}

/** One held 1:1's mood, for the trend. */
export interface MoodPoint {
  meetingId: string;
  date: string;
  score: number;
  word: string;
}

/** Everything since the last 1:1 with a person (`shared/domain/brief.ts` builds it). */
export interface Brief {
  personId: string;
  name: string;
  role: string;
  now: string;
  next: { at: string; meetingId: string | null; occurrence: string | null } | null;
  lastMeeting: { id: string; at: string; summary: string } | null;
  /** The local date-time of the last held 1:1, or null: "since" means after it. */
  since: string | null;
  actions: AgendaAction[];
  waitingPoints: AgendaPoint[];
  /** To give (`to_deliver`), then follow-ups due by today (`follow_up`). */
  feedbackToDeliver: Feedback[];
  feedbackSince: Feedback[];
  recognitionSince: Recognition[];
  moodTrend: MoodPoint[];
  suggestions: Suggestion[];
  /** Goals, milestones, trainings, certifications and level changes (`domain/growth/brief.ts`). */
  growth: GrowthBrief;
  /** KPI changes since the last 1:1 and the topics they suggest (`domain/kpis/brief.ts`). */
  kpis: KpiBrief;
}
