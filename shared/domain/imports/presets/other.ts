import { COUNT_ROWS } from '../count-rows';
import type { HelpdeskPreset } from './types';

/** Any other export or a spreadsheet: the usual plain headings, matched loosely. */
export const otherPreset: HelpdeskPreset = {
  source: 'other',
  rows: 'tickets',
  email: ['Email', 'Agent email', 'Assignee email', 'E-mail'],
  name: ['Agent', 'Name', 'Agent name', 'Assignee', 'Person'],
  date: ['Date', 'Solved', 'Solved at', 'Closed', 'Period', 'Week', 'Month'],
  metrics: {
    csat: ['CSAT', 'Satisfaction', 'Rating'],
    first_response_time: ['First response time', 'First reply time', 'FRT'],
    full_resolution_time: ['Full resolution time', 'Resolution time'],
    qa_score: ['QA score', 'QA', 'Quality score'],
    tickets_solved: ['Tickets solved', 'Solved tickets', COUNT_ROWS],
    reopen_rate: ['Reopen rate', 'Reopens', 'Reopened'],
  },
  signature: [],
};
