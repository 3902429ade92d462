import type { Cadence, Person, PersonInput } from '../../../shared/model/person';

/** The fixed "now" of the unit tests: Wednesday 18 November 2026, 09:00 local time. */
export const FIXED_NOW = '2026-11-18T09:00:00';
export const fixedClock = () => new Date(FIXED_NOW);

export function weeklyCadence(overrides: Partial<Cadence> = {}): Cadence {
  return {
    frequency: 'weekly',
    weekday: 2,
    time: '10:00',
    weekOfMonth: 1,
    startsOn: '2026-11-17',
    ...overrides,
  };
}

/** What the person form sends for a new person. */
export function personInput(overrides: Partial<PersonInput> = {}): PersonInput {
  return { name: 'Sam Lee', cadence: weeklyCadence(), ...overrides };
}

/** A stored person record, as the backend keeps it. */
export function makePerson(overrides: Partial<Person> = {}): Person {
  return {
    id: 'p-1',
    name: 'Sam Lee',
    role: 'Support engineer',
    email: 'sam@example.com',
    startDate: '2025-04-01',
    cadence: weeklyCadence(),
    skills: [],
    tags: [],
    note: '',
    status: 'active',
    archivedAt: null,
    createdAt: '2026-01-05T08:00:00.000Z',
    updatedAt: '2026-01-05T08:00:00.000Z',
    ...overrides,
  };
}
