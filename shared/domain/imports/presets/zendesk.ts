import { COUNT_ROWS } from '../count-rows';
import type { HelpdeskPreset } from './types';

/** A ticket-level export: one row per solved ticket; durations in minutes. */
export const zendeskPreset: HelpdeskPreset = {
  source: 'zendesk',
  rows: 'tickets',
  email: ['Assignee email'],
  name: ['Assignee name', 'Assignee'],
  date: ['Solved at', 'Updated at', 'Created at'],
  metrics: {
    csat: ['Satisfaction rating'],
    first_response_time: ['First reply time (min)', 'First reply time in minutes'],
    full_resolution_time: ['Full resolution time (min)', 'Full resolution time in minutes'],
    tickets_solved: [COUNT_ROWS],
    reopen_rate: ['Reopens'],
  },
  signature: ['Ticket ID', 'Assignee name', 'Satisfaction rating', 'First reply time (min)'],
};
