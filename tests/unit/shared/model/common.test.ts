import { describe, expect, it } from 'vitest';
import { isBlankText, untrimmedText } from '../../../../shared/model/common';
import { fieldErrors } from '../../../../shared/model/validation';

describe('untrimmedText', () => {
  const notes = untrimmedText('Notes', 20);

  it.each([
    ['leading indentation', '    indented code'],
    ['a trailing newline', '- one\n- two\n'],
    ['a nested list', '- a\n  - b\n'],
    ['spaces at both ends', '  both  '],
  ])('keeps %s as typed', (_, text) => {
    expect(notes.parse(text)).toBe(text);
  });

  it.each([
    ['empty', ''],
    ['spaces', '   '],
    ['line breaks and tabs', '\n\t\r\n'],
    ['no-break and ideographic spaces', '\u00a0\u3000'],
    ['zero-width and direction marks', '\u200b\u200e\n'],
  ])('stores a note of only %s as empty', (_, text) => {
    expect(notes.parse(text)).toBe('');
  });

  it('counts the length as typed and says which field is too long', () => {
    expect(notes.parse(' '.repeat(19) + 'x')).toHaveLength(20);
    const result = notes.safeParse(' '.repeat(20) + 'x');
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toEqual({ _: 'Notes must be at most 20 characters.' });
  });
});

describe('isBlankText', () => {
  it.each<[string, boolean]>([
    ['', true],
    [' \n\t', true],
    ['\u200b', true],
    ['x', false],
    ['  x\n', false],
  ])('%j is blank: %s', (text, expected) => {
    expect(isBlankText(text)).toBe(expected);
  });
});
