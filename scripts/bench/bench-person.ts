import { format } from 'date-fns';
import type { PersonDocument } from '../../shared/model/documents';

/** The person record every bench's five-year document starts with: a weekly Tuesday 1:1. */
export function benchPerson(id: string, name: string, start: Date): PersonDocument['person'] {
  const created = start.toISOString();
  return {
    id,
    name,
    role: 'Support agent',
    email: '',
    startDate: format(start, 'yyyy-MM-dd'),
    cadence: {
      frequency: 'weekly',
      weekday: 2,
      time: '10:00',
      weekOfMonth: 1,
      startsOn: format(start, 'yyyy-MM-dd'),
    },
    skills: ['Billing', 'API'],
    tags: ['Tier 1'],
    note: '',
    status: 'active',
    archivedAt: null,
    createdAt: created,
    updatedAt: created,
  };
}
