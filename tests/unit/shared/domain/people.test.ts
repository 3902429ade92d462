import { describe, expect, it } from 'vitest';
import { compareBy, matchesFilter, type RosterFilter } from '../../../../shared/domain/people';
import type { Person } from '../../../../shared/model/person';
import { makePerson } from '../../helpers/people';

const filter = (overrides: Partial<RosterFilter> = {}): RosterFilter => ({
  text: '',
  status: 'all',
  tag: null,
  ...overrides,
});

describe('matchesFilter', () => {
  const chloe = makePerson({
    name: 'Chloé Dubois',
    role: 'Tier 2 Support',
    email: 'chloe@example.com',
    skills: ['Billing'],
    tags: ['mentor'],
  });

  it('matches everyone with an empty or blank text', () => {
    expect(matchesFilter(chloe, filter())).toBe(true);
    expect(matchesFilter(chloe, filter({ text: '   ' }))).toBe(true);
  });

  it('ignores case and accents, both in the person and in the query', () => {
    expect(matchesFilter(chloe, filter({ text: 'CHLOE' }))).toBe(true);
    expect(matchesFilter(chloe, filter({ text: 'dubóis' }))).toBe(true);
    expect(matchesFilter(chloe, filter({ text: 'martin' }))).toBe(false);
  });

  it('searches role, email, skills and tags as well as the name', () => {
    expect(matchesFilter(chloe, filter({ text: 'tier 2' }))).toBe(true);
    expect(matchesFilter(chloe, filter({ text: 'chloe@example' }))).toBe(true);
    expect(matchesFilter(chloe, filter({ text: 'billing' }))).toBe(true);
    expect(matchesFilter(chloe, filter({ text: 'ment' }))).toBe(true);
    expect(matchesFilter(chloe, filter({ text: 'escalations' }))).toBe(false);
  });

  it('trims the query', () => {
    expect(matchesFilter(chloe, filter({ text: '  billing  ' }))).toBe(true);
  });

  it('filters by status', () => {
    const archived = makePerson({ status: 'archived', archivedAt: '2026-11-01T10:00:00.000Z' });
    expect(matchesFilter(chloe, filter({ status: 'active' }))).toBe(true);
    expect(matchesFilter(chloe, filter({ status: 'archived' }))).toBe(false);
    expect(matchesFilter(archived, filter({ status: 'active' }))).toBe(false);
    expect(matchesFilter(archived, filter({ status: 'archived' }))).toBe(true);
    expect(matchesFilter(archived, filter({ status: 'all' }))).toBe(true);
  });

  it('filters by a tag or a skill, exactly', () => {
    expect(matchesFilter(chloe, filter({ tag: 'mentor' }))).toBe(true);
    expect(matchesFilter(chloe, filter({ tag: 'Billing' }))).toBe(true);
    expect(matchesFilter(chloe, filter({ tag: 'billing' }))).toBe(false);
    expect(matchesFilter(chloe, filter({ tag: 'new-hire' }))).toBe(false);
  });

  it('needs every condition to hold', () => {
    expect(matchesFilter(chloe, filter({ tag: 'mentor', text: 'chloe' }))).toBe(true);
    expect(matchesFilter(chloe, filter({ tag: 'mentor', text: 'martin' }))).toBe(false);
  });
});

describe('compareBy', () => {
  type Row = { person: Person; nextMeeting: string | null };
  const row = (name: string, extra: Partial<Person> = {}, nextMeeting: string | null = null) => ({
    person: makePerson({ id: name, name, ...extra }),
    nextMeeting,
  });
  const names = (rows: Row[]) => rows.map((r) => r.person.name);

  const ana = row('Ana', { role: 'Lead', startDate: '2024-02-01' }, '2026-11-20T09:00:00.000Z');
  const ben = row('Ben', { role: 'Agent', startDate: null }, null);
  const cai = row('Cai', { role: 'Agent', startDate: '2023-06-15' }, '2026-11-19T09:00:00.000Z');
  const dee = row('Dee', { role: 'Lead', startDate: null }, null);
  const rows = [dee, cai, ben, ana];

  it('sorts by name', () => {
    expect(names([...rows].sort(compareBy<Row>('name')))).toEqual(['Ana', 'Ben', 'Cai', 'Dee']);
  });

  it('sorts by next meeting, people without one last, ties by name', () => {
    expect(names([...rows].sort(compareBy<Row>('nextMeeting')))).toEqual([
      'Cai',
      'Ana',
      'Ben',
      'Dee',
    ]);
  });

  it('sorts by start date, unknown dates last, ties by name', () => {
    expect(names([...rows].sort(compareBy<Row>('startDate')))).toEqual([
      'Cai',
      'Ana',
      'Ben',
      'Dee',
    ]);
  });

  it('sorts by role, then by name', () => {
    expect(names([...rows].sort(compareBy<Row>('role')))).toEqual(['Ben', 'Cai', 'Ana', 'Dee']);
  });

  it('answers 0 only for rows that compare equal', () => {
    const compare = compareBy<Row>('nextMeeting');
    expect(compare(ben, row('Ben'))).toBe(0);
    expect(compare(ana, cai)).toBeGreaterThan(0);
    expect(compare(ben, ana)).toBeGreaterThan(0);
  });
});
