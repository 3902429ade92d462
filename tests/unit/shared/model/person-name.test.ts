import { describe, expect, it } from 'vitest';
import { meetingSchema } from '../../../../shared/model/meeting';
import {
  personInputSchema,
  personNameSchema,
  personSchema,
  storedNameSchema,
} from '../../../../shared/model/person';
import { recipientSchema } from '../../../../shared/model/recognition';
import { fieldErrors } from '../../../../shared/model/validation';
import { makePerson, personInput } from '../../helpers/people';

function errorsFor(input: unknown): Record<string, string> {
  const result = personInputSchema.safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
}

describe('personNameSchema', () => {
  it.each<[string, string, string]>([
    ['NFD', 'José Núñez'.normalize('NFD'), 'José Núñez'.normalize('NFC')],
    ['a double space', 'Ana  Lima', 'Ana Lima'],
    ['a no-break space', 'Ana\u00a0Lima', 'Ana Lima'],
    ['a tab', 'Ana\tLima', 'Ana Lima'],
    ['a zero-width space and a direction mark', '\u200eAna\u200b Lima', 'Ana Lima'],
  ])('stores a name with %s normalised', (_, name, stored) => {
    expect(personInputSchema.parse(personInput({ name })).name).toBe(stored);
  });

  it.each<[string, string, string]>([
    ['only zero-width and direction marks', '\u200b\u200e\u200f\u202e', 'Name is required.'],
    ['only whitespace of any kind', '\u00a0\t\u3000', 'Name is required.'],
    ['only punctuation', '—', 'Use at least one letter or digit in the name.'],
    ['only emoji', '😀', 'Use at least one letter or digit in the name.'],
  ])('refuses a name of %s', (_, name, message) => {
    expect(errorsFor(personInput({ name }))).toEqual({ name: message });
  });

  it('checks the length after normalising', () => {
    expect(personNameSchema.parse(`${'a'.repeat(50)}     ${'b'.repeat(49)}`)).toHaveLength(100);
    expect(errorsFor(personInput({ name: 'a'.repeat(101) }))).toEqual({
      name: 'Name must be at most 100 characters.',
    });
  });
});

describe('stored names', () => {
  it('normalises a stored name when it is read', () => {
    const person = personSchema.parse(makePerson({ name: 'Ana\u00a0\u00a0Lima' }));
    expect(person.name).toBe('Ana Lima');
  });

  it('still reads a name stored before the letter-or-digit rule', () => {
    expect(personSchema.parse(makePerson({ name: '—' })).name).toBe('—');
    expect(storedNameSchema.parse('\u200b')).toBe('\u200b');
    expect(storedNameSchema.safeParse('  ').success).toBe(false);
  });

  it('normalises the name a recognition keeps', () => {
    const nfd = 'José Núñez'.normalize('NFD');
    expect(recipientSchema.parse({ personId: 'p-1', name: nfd }).name).toBe(nfd.normalize('NFC'));
  });
});

describe('long-form text', () => {
  it('keeps a person note as typed and stores a blank one as empty', () => {
    const note = '  - indented\n\nlast line\n';
    expect(personInputSchema.parse(personInput({ note })).note).toBe(note);
    expect(personInputSchema.parse(personInput({ note: ' \n ' })).note).toBe('');
  });

  it('keeps meeting notes and private notes as typed', () => {
    const meeting = meetingSchema.parse({
      id: 'm-1',
      occurrence: '2026-11-17',
      at: '2026-11-17T10:00',
      status: 'held',
      statusReason: '  late  ',
      notes: '    code block\n- item\n',
      privateNotes: '\tindented\n',
      mood: null,
      createdAt: '2026-11-17T09:00:00.000Z',
      updatedAt: '2026-11-17T09:00:00.000Z',
    });
    expect(meeting.notes).toBe('    code block\n- item\n');
    expect(meeting.privateNotes).toBe('\tindented\n');
    expect(meeting.statusReason).toBe('late');
  });
});
