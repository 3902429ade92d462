import type { Person } from '../model/person';
import { nameKey } from './names';

export const PERSON_SORTS = ['name', 'nextMeeting', 'startDate', 'role'] as const;
export type PersonSort = (typeof PERSON_SORTS)[number];

export interface RosterFilter {
  text: string;
  status: 'active' | 'archived' | 'all';
  tag: string | null;
}

/** Case- and accent-insensitive match against the fields a lead would search by. */
export function matchesFilter(person: Person, filter: RosterFilter): boolean {
  if (filter.status !== 'all' && person.status !== filter.status) return false;
  if (filter.tag && !person.tags.includes(filter.tag) && !person.skills.includes(filter.tag)) {
    return false;
  }
  const needle = normalize(filter.text.trim());
  if (!needle) return true;
  const haystack = normalize(
    [person.name, person.role, person.email, ...person.skills, ...person.tags].join(' '),
  );
  return haystack.includes(needle);
}

function normalize(text: string): string {
  return nameKey(text)
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

export function compareBy<T extends { person: Person; nextMeeting: string | null }>(
  sort: PersonSort,
) {
  const byName = (a: T, b: T) => a.person.name.localeCompare(b.person.name);
  return (a: T, b: T): number => {
    switch (sort) {
      case 'nextMeeting':
        return compareNullable(a.nextMeeting, b.nextMeeting) || byName(a, b);
      case 'startDate':
        return compareNullable(a.person.startDate, b.person.startDate) || byName(a, b);
      case 'role':
        return a.person.role.localeCompare(b.person.role) || byName(a, b);
      default:
        return byName(a, b);
    }
  };
}

/** Empty values sort last, whatever the direction. */
function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
