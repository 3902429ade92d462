/** How recognition is spread across the team (`shared/domain/balance.ts` counts it). */

export interface ValueCount {
  value: string;
  count: number;
}

export interface PersonBalance {
  personId: string;
  name: string;
  role: string;
  lastRecognisedOn: string | null;
  /** Days since the last recognition or, for someone never recognised, since they were added. */
  daysWithout: number;
  recognitions30: number;
  recognitions90: number;
  constructive30: number;
  constructive90: number;
  /** Values they were praised for in the last 90 days, most praised first. */
  values: ValueCount[];
  /** Past the lead's "too long without recognition" threshold. */
  pastGap: boolean;
}

export interface SpreadBar {
  personId: string;
  name: string;
  /** Recognitions in the last 30 days. */
  recent: number;
  /** Recognitions 31 to 90 days ago. */
  earlier: number;
}

export interface TeamBalance {
  today: string;
  gapDays: number;
  /** Active people, longest without recognition first. */
  people: PersonBalance[];
  /** Who is past the threshold, longest first: Today's nudges. */
  nudges: PersonBalance[];
  /** The active person who has gone longest without recognition, or null for an empty team. */
  longestWithout: PersonBalance | null;
  /** Recognition per active person over 90 days, most recognised first, for the spread chart. */
  spread: SpreadBar[];
  /** Distinct acts of recognition (a team one counts once) in each window. */
  total30: number;
  total90: number;
  /** Values praised across the team in the last 90 days, most praised first. */
  values: ValueCount[];
}
