import { COUNT_ROWS } from '../count-rows';
import type { HelpdeskPreset } from './types';

/** A conversation-level export: timestamps with an offset, durations in seconds. */
export const intercomPreset: HelpdeskPreset = {
  source: 'intercom',
  rows: 'tickets',
  email: ['Teammate email'],
  name: ['Teammate assigned', 'Teammate'],
  date: ['Closed at', 'Created at'],
  metrics: {
    csat: ['Conversation rating'],
    first_response_time: ['Time to first response (seconds)'],
    full_resolution_time: ['Time to close (seconds)'],
    tickets_solved: [COUNT_ROWS],
    reopen_rate: ['Reopened'],
  },
  signature: ['Conversation ID', 'Teammate assigned', 'Time to first response (seconds)'],
};
