import { COUNT_ROWS } from '../count-rows';
import type { HelpdeskPreset } from './types';

/** A ticket-level export: durations as h:mm:ss, a 1-5 satisfaction score and a QA score. */
export const gorgiasPreset: HelpdeskPreset = {
  source: 'gorgias',
  rows: 'tickets',
  email: ['Assignee email'],
  name: ['Assignee user', 'Assignee'],
  date: ['Closed datetime', 'Created datetime'],
  metrics: {
    csat: ['Satisfaction score'],
    first_response_time: ['First response time'],
    full_resolution_time: ['Resolution time'],
    qa_score: ['Quality score'],
    tickets_solved: [COUNT_ROWS],
  },
  signature: ['Ticket id', 'Assignee user', 'Closed datetime', 'Satisfaction score'],
};
