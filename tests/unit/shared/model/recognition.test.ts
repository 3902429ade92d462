import { describe, expect, it } from 'vitest';
import {
  acceleratorProblem,
  formatAccelerator,
  recognitionInputSchema,
  recognitionInputSchemaFor,
} from '../../../../shared/model/recognition';
import { fieldErrors } from '../../../../shared/model/validation';

const input = {
  personIds: ['p-1', 'p-2'],
  text: '  Cleared the backlog  ',
  value: '',
  date: '2026-11-18',
};

describe('recognitionInputSchema', () => {
  it('trims the text, turns an empty value into none and defaults to a private note', () => {
    expect(recognitionInputSchema.parse(input)).toEqual({
      ...input,
      text: 'Cleared the backlog',
      value: null,
      sharedIn: 'private',
    });
  });

  it('refuses a date after today only when it knows today', () => {
    const tomorrow = { ...input, date: '2026-11-19' };
    expect(recognitionInputSchema.safeParse(tomorrow).success).toBe(true);
    const result = recognitionInputSchemaFor('2026-11-18').safeParse(tomorrow);
    expect(result.success || fieldErrors(result.error)).toEqual({
      date: 'Use today or an earlier date.',
    });
    expect(recognitionInputSchemaFor('2026-11-19').safeParse(tomorrow).success).toBe(true);
  });

  it('says which field is wrong', () => {
    const result = recognitionInputSchema.safeParse({
      personIds: [],
      text: '',
      value: 'x'.repeat(61),
      sharedIn: 'slack',
      date: '18/11/2026',
    });
    expect(result.success || Object.keys(fieldErrors(result.error)).sort()).toEqual([
      'date',
      'personIds',
      'sharedIn',
      'text',
      'value',
    ]);
  });
});

describe('accelerators', () => {
  it.each([
    ['CommandOrControl+Shift+K', null],
    ['Alt+Space', null],
    ['Control+Alt+F12', null],
    ['Super+Shift+/', null],
    ['CmdOrCtrl+Plus', null],
  ])('accepts %s', (accelerator, problem) => {
    expect(acceleratorProblem(accelerator)).toBe(problem);
  });

  it.each([
    ['K', 'Add Ctrl, Cmd or Alt'],
    ['Shift+F1', 'Add Ctrl, Cmd or Alt'],
    ['Ctrl+', 'Finish the shortcut with a key'],
    ['Alt+Shift', 'Finish the shortcut with a key'],
    ['Ctrl+Alt+Alt+K', 'Use each modifier only once.'],
    ['Ctrl+Escape', 'Escape cannot be used'],
    ['Fn+K', 'Use only Ctrl, Cmd, Alt, Shift or Super.'],
  ])('refuses %s', (accelerator, message) => {
    expect(acceleratorProblem(accelerator)).toContain(message);
  });

  it('reads as the platform names its keys', () => {
    expect(formatAccelerator('CommandOrControl+Shift+K', false)).toBe('Ctrl+Shift+K');
    expect(formatAccelerator('CommandOrControl+Shift+K', true)).toBe('Cmd+Shift+K');
    expect(formatAccelerator('Super+Plus', false)).toBe('Super++');
  });
});
