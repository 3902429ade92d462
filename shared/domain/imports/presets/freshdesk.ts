import { COUNT_ROWS } from '../count-rows';
import type { HelpdeskPreset } from './types';

/** A ticket-level export, often `;`-separated with decimal commas; durations in hours. */
export const freshdeskPreset: HelpdeskPreset = {
  source: 'freshdesk',
  rows: 'tickets',
  email: ['Agent email'],
  name: ['Agent'],
  date: ['Resolved time', 'Closed time', 'Created time'],
  metrics: {
    csat: ['Survey rating (1-5)', 'Survey result'],
    first_response_time: ['First response time (in hrs)'],
    full_resolution_time: ['Resolution time (in hrs)'],
    tickets_solved: [COUNT_ROWS],
    reopen_rate: ['Reopen count'],
  },
  signature: ['Ticket Id', 'Agent', 'Resolved time', 'First response time (in hrs)'],
};
