import { describe, expect, it } from 'vitest';
import { personInputSchema, personSchema } from '../../../../shared/model/person';
import { fieldErrors } from '../../../../shared/model/validation';
import { makePerson, personInput, weeklyCadence } from '../../helpers/people';

/** The field messages for an input, or {} when it is valid. */
function errorsFor(input: unknown): Record<string, string> {
  const result = personInputSchema.safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
}

describe('personInputSchema', () => {
  it('accepts a minimal person and fills in the defaults', () => {
    const parsed = personInputSchema.parse(personInput({ name: '  Sam Lee  ' }));
    expect(parsed).toEqual({
      name: 'Sam Lee',
      role: '',
      email: '',
      startDate: null,
      cadence: weeklyCadence(),
      skills: [],
      tags: [],
      note: '',
    });
  });

  it('refuses an empty or blank name', () => {
    expect(errorsFor(personInput({ name: '' }))).toEqual({ name: 'Name is required.' });
    expect(errorsFor(personInput({ name: '   ' }))).toEqual({ name: 'Name is required.' });
  });

  it('accepts a name of 100 characters and refuses 101', () => {
    expect(errorsFor(personInput({ name: 'a'.repeat(100) }))).toEqual({});
    expect(errorsFor(personInput({ name: 'a'.repeat(101) }))).toEqual({
      name: 'Name must be at most 100 characters.',
    });
  });

  it('refuses a malformed email and accepts an empty one', () => {
    expect(errorsFor(personInput({ email: 'sam@' }))).toEqual({
      email: 'Enter an email like sam@example.com, or leave it empty.',
    });
    expect(errorsFor(personInput({ email: 'not an email' })).email).toBeDefined();
    expect(errorsFor(personInput({ email: '' }))).toEqual({});
    expect(personInputSchema.parse(personInput({ email: ' sam@example.com ' })).email).toBe(
      'sam@example.com',
    );
  });

  it('refuses impossible and malformed dates', () => {
    expect(errorsFor(personInput({ startDate: '2026-02-30' }))).toEqual({
      startDate: 'This date does not exist.',
    });
    expect(errorsFor(personInput({ startDate: '2026-13-01' }))).toEqual({
      startDate: 'This date does not exist.',
    });
    expect(errorsFor(personInput({ startDate: '18.11.2026' }))).toEqual({
      startDate: 'Use a date like 2026-03-31.',
    });
    expect(errorsFor(personInput({ startDate: '2028-02-29' }))).toEqual({});
    expect(errorsFor(personInput({ startDate: '2027-02-29' }))).toEqual({
      startDate: 'This date does not exist.',
    });
  });

  it('refuses a time outside 00:00-23:59', () => {
    expect(errorsFor(personInput({ cadence: weeklyCadence({ time: '24:00' }) }))).toEqual({
      'cadence.time': 'Use a time like 09:30 (24-hour).',
    });
    expect(errorsFor(personInput({ cadence: weeklyCadence({ time: '9:30' }) }))).toHaveProperty(
      'cadence.time',
    );
    expect(errorsFor(personInput({ cadence: weeklyCadence({ time: '23:59' }) }))).toEqual({});
    expect(errorsFor(personInput({ cadence: weeklyCadence({ time: '00:00' }) }))).toEqual({});
  });

  it('refuses weekdays outside 1-7 and weekOfMonth outside 1-5', () => {
    const fields = errorsFor(
      personInput({ cadence: weeklyCadence({ weekday: 0, weekOfMonth: 6 }) }),
    );
    expect(fields).toEqual({
      'cadence.weekday': 'Choose a weekday.',
      'cadence.weekOfMonth': expect.any(String),
    });
    expect(errorsFor(personInput({ cadence: weeklyCadence({ weekday: 8 }) }))).toHaveProperty(
      'cadence.weekday',
      'Choose a weekday.',
    );
  });

  it('trims and removes duplicate skills and tags, keeping their order', () => {
    const parsed = personInputSchema.parse(
      personInput({ skills: ['Billing', ' API ', 'Billing', 'API'], tags: ['mentor', 'mentor'] }),
    );
    expect(parsed.skills).toEqual(['Billing', 'API']);
    expect(parsed.tags).toEqual(['mentor']);
  });

  it('refuses an empty skill, with the index in the field path', () => {
    expect(errorsFor(personInput({ skills: ['Billing', ' '] }))).toEqual({
      'skills.1': 'Skill is required.',
    });
  });

  it('keeps at most 30 tags: 30 pass, 31 are refused', () => {
    const tags = (n: number) => Array.from({ length: n }, (_, i) => `tag-${i}`);
    expect(personInputSchema.parse(personInput({ tags: tags(30) })).tags).toHaveLength(30);
    expect(errorsFor(personInput({ tags: tags(31) }))).toEqual({
      tags: 'Keep it to 30 tags at most.',
    });
  });

  it('refuses a wrong frequency with the message the form shows', () => {
    const input = { ...personInput(), cadence: { ...weeklyCadence(), frequency: 'daily' } };
    expect(errorsFor(input)).toEqual({ 'cadence.frequency': 'Choose how often you meet.' });
  });
});

describe('personSchema', () => {
  it('accepts a stored person and refuses an unknown status', () => {
    expect(personSchema.safeParse(makePerson()).success).toBe(true);
    expect(personSchema.safeParse({ ...makePerson(), status: 'gone' }).success).toBe(false);
  });

  it('refuses a timestamp without a time zone', () => {
    const result = personSchema.safeParse(makePerson({ createdAt: '2026-11-18T09:00:00' }));
    expect(result.success).toBe(false);
  });
});
