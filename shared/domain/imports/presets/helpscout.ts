import type { HelpdeskPreset } from './types';

/** A per-user report: one row per user and week, already aggregated. */
export const helpscoutPreset: HelpdeskPreset = {
  source: 'helpscout',
  rows: 'agents',
  email: ['User email'],
  name: ['User'],
  date: ['Week starting', 'Period'],
  metrics: {
    csat: ['Happiness score'],
    first_response_time: ['First response time'],
    full_resolution_time: ['Resolution time'],
    tickets_solved: ['Conversations resolved'],
  },
  signature: ['User', 'Week starting', 'Happiness score', 'Conversations resolved'],
};
