import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { personInputSchema } from '../../../../shared/model/person';
import { fieldErrors, summarizeIssues } from '../../../../shared/model/validation';
import { weeklyCadence } from '../../helpers/people';

describe('fieldErrors', () => {
  it('keys messages by dotted path and keeps the first message per field', () => {
    const result = personInputSchema.safeParse({
      name: '',
      cadence: { ...weeklyCadence(), time: '24:00', startsOn: '2026-02-30' },
    });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toEqual({
      name: 'Name is required.',
      'cadence.time': 'Use a time like 09:30 (24-hour).',
      'cadence.startsOn': 'This date does not exist.',
    });
  });

  it("puts an error about the whole value under '_'", () => {
    const result = personInputSchema.safeParse('Sam');
    expect(result.success).toBe(false);
    expect(Object.keys(fieldErrors(result.error!))).toEqual(['_']);
  });
});

describe('summarizeIssues', () => {
  it('answers with the first message', () => {
    const result = personInputSchema.safeParse({ name: '', cadence: weeklyCadence() });
    expect(summarizeIssues(result.error!)).toBe('Name is required.');
  });

  it('has a fallback sentence for an error without issues', () => {
    expect(summarizeIssues(new z.ZodError([]))).toBe('The input is not valid.');
  });
});
