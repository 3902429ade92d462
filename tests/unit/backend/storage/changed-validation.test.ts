import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { validateChanges } from '../../../../electron/backend/storage/changed-validation';
import { deepFreeze, produce } from '../../../../electron/backend/storage/draft';
import { personDocumentSchema, type PersonDocument } from '../../../../shared/model/documents';
import { meetingSchema } from '../../../../shared/model/meeting';
import { recognitionSchema } from '../../../../shared/model/recognition';
import { richDocument } from '../../helpers/rich-document';

const LISTS = [
  'meetings',
  'talkingPoints',
  'actionItems',
  'feedback',
  'recognitions',
  'schedule.exceptions',
  'growth.goals',
] as const;
type ListName = (typeof LISTS)[number];

function listOf(doc: PersonDocument, name: ListName): Record<string, unknown>[] {
  const [first, second] = name.split('.') as [string, string?];
  const top = (doc as unknown as Record<string, unknown>)[first];
  const list = second ? (top as Record<string, unknown> | undefined)?.[second] : top;
  return list as Record<string, unknown>[];
}

/** Values a change might put in a field: some fit, most do not. */
const VALUES: unknown[] = [
  '',
  'A sentence',
  'x'.repeat(100_001),
  '2026-11-19',
  '2026-13-45',
  '2026-11-19T10:00',
  '2026-11-01T12:00:00.000Z',
  null,
  0,
  3,
  -1,
  true,
  [],
  {},
  undefined,
  ['m-1'],
  { score: 3, word: '' },
  'held',
  'lead',
];

const edit = fc.oneof(
  fc.record({
    kind: fc.constant('field' as const),
    list: fc.constantFrom(...LISTS),
    index: fc.nat(4),
    field: fc.nat(20),
    value: fc.constantFrom(...VALUES),
  }),
  fc.record({
    kind: fc.constantFrom('copy' as const, 'remove' as const, 'reverse' as const),
    list: fc.constantFrom(...LISTS),
    index: fc.nat(4),
  }),
  fc.record({
    kind: fc.constant('person' as const),
    field: fc.nat(14),
    value: fc.constantFrom(...VALUES),
  }),
  fc.record({
    kind: fc.constant('top' as const),
    key: fc.constantFrom('meetings', 'growth', 'kpis', 'schedule', 'unknownKey', 'schemaVersion'),
    value: fc.constantFrom(...VALUES),
  }),
);
type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

function apply(draft: PersonDocument, change: Edit): void {
  if (change.kind === 'person') {
    const person = draft.person as unknown as Record<string, unknown>;
    const keys = Object.keys(person);
    person[keys[change.field % keys.length]!] = structuredClone(change.value);
    return;
  }
  if (change.kind === 'top') {
    (draft as unknown as Record<string, unknown>)[change.key] = structuredClone(change.value);
    return;
  }
  const list = listOf(draft, change.list);
  if (!Array.isArray(list)) return; // an earlier edit replaced what held it
  const at = change.index % Math.max(1, list.length);
  if (change.kind === 'reverse') list.reverse();
  else if (change.kind === 'remove') list.splice(at, 1);
  else if (typeof list[at] !== 'object' || list[at] === null) return;
  else if (change.kind === 'copy') list.push({ ...list[at], id: `copy-${at}` });
  else if (change.kind === 'field') {
    const keys = Object.keys(list[at]);
    list[at][keys[change.field % keys.length]!] = structuredClone(change.value);
  }
}

describe('validateChanges', () => {
  afterEach(() => vi.restoreAllMocks());

  it('agrees with a full parse on any change, valid or not (property)', () => {
    const previous = richDocument();
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        const next = produce(previous, (draft) => edits.forEach((e) => apply(draft, e)));
        const partial = validateChanges(personDocumentSchema, previous, next);
        const full = personDocumentSchema.safeParse(next);
        expect(partial.ok).toBe(full.success);
        if (partial.ok && full.success) expect(partial.value).toEqual(full.data);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it.each(LISTS)('refuses an invalid entry in %s, naming where', (name) => {
    const previous = richDocument();
    const next = produce(previous, (draft) => {
      const entry = listOf(draft, name)[0]!;
      for (const key of Object.keys(entry)) if (key !== 'id') entry[key] = 'x'.repeat(100_001);
    });
    const result = validateChanges(personDocumentSchema, previous, next);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.path.startsWith(`${name}[0]`)).toBe(true);
  });

  it('validates only the entry that changed, not the rest of its list nor other lists', () => {
    const previous = richDocument();
    const whole = vi.spyOn(personDocumentSchema, 'safeParse');
    const meetings = vi.spyOn(meetingSchema, 'safeParse');
    const recognitions = vi.spyOn(recognitionSchema, 'safeParse');
    const next = produce(previous, (draft) => {
      draft.meetings[1]!.notes = 'Talked about the rota';
    });
    const result = validateChanges(personDocumentSchema, previous, next);
    expect(result).toMatchObject({ ok: true, checked: ['meetings[1]'] });
    expect(meetings).toHaveBeenCalledTimes(1);
    expect(whole).not.toHaveBeenCalled();
    expect(recognitions).not.toHaveBeenCalled();
    if (result.ok) {
      expect(result.value.meetings[0]).toBe(previous.meetings[0]);
      expect(result.value.recognitions).toBe(previous.recognitions);
      expect(result.value.meetings[1]!.notes).toBe('Talked about the rota');
    }
  });

  it('keeps entries that only moved (a removal, a sort) without validating them again', () => {
    const previous = richDocument();
    const next = produce(previous, (draft) => {
      draft.meetings.splice(0, 1);
      draft.talkingPoints.reverse();
    });
    expect(validateChanges(personDocumentSchema, previous, next)).toMatchObject({
      ok: true,
      checked: [],
    });
  });

  it('validates an added entry, new or frozen elsewhere, and only that one', () => {
    const previous = richDocument();
    const stranger = deepFreeze({ ...previous.meetings[0]!, id: 'from-elsewhere', mood: 'bad' });
    const added = { ...previous.meetings[0]!, id: 'new-one', notes: 'Added' };
    const invalid = produce(previous, (draft) => {
      draft.meetings.push(added, stranger as never);
    });
    const n = previous.meetings.length;
    expect(validateChanges(personDocumentSchema, previous, invalid)).toMatchObject({
      ok: false,
      checked: [`meetings[${n}]`, `meetings[${n + 1}]`],
    });
    const valid = produce(previous, (draft) => {
      draft.meetings.push(added);
    });
    expect(validateChanges(personDocumentSchema, previous, valid)).toMatchObject({
      ok: true,
      checked: [`meetings[${n}]`],
    });
  });

  it('validates a nested field where the object around it has no rules of its own', () => {
    const previous = richDocument();
    const next = produce(previous, (draft) => {
      draft.person.role = '  Team lead  ';
    });
    const result = validateChanges(personDocumentSchema, previous, next);
    expect(result).toMatchObject({ ok: true, checked: ['person.role'] });
    // As a parse gives it: trimmed.
    if (result.ok) expect(result.value.person.role).toBe('Team lead');
  });

  it('strips keys the schema does not know, as a parse does', () => {
    const previous = richDocument();
    const next = produce(previous, (draft) => {
      (draft as unknown as Record<string, unknown>).stray = 1;
      (draft.meetings[0] as unknown as Record<string, unknown>).stray = 2;
    });
    const result = validateChanges(personDocumentSchema, previous, next);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value).not.toHaveProperty('stray');
      expect(result.value.meetings[0]).not.toHaveProperty('stray');
    }
  });

  it('falls back to the whole part where it cannot be sure: rules on a list or an object', () => {
    const limited = z.object({
      tags: z.array(z.string()).max(2),
      range: z
        .object({ from: z.number(), to: z.number() })
        .refine((r) => r.from <= r.to, 'from after to'),
      either: z.union([z.string(), z.array(z.string())]),
    });
    const previous = deepFreeze(
      limited.parse({ tags: ['a', 'b'], range: { from: 1, to: 2 }, either: ['x'] }),
    );
    const tooMany = produce(previous, (draft) => void draft.tags.push('c'));
    expect(validateChanges(limited, previous, tooMany)).toMatchObject({
      ok: false,
      checked: ['tags'],
    });
    const backwards = produce(previous, (draft) => void (draft.range.from = 5));
    expect(validateChanges(limited, previous, backwards)).toMatchObject({
      ok: false,
      checked: ['range'],
    });
    const union = produce(previous, (draft) => void (draft.either as string[]).push('y'));
    expect(validateChanges(limited, previous, union)).toMatchObject({
      ok: true,
      checked: ['either'],
    });
  });

  it('checks nothing and answers the same document when nothing changed', () => {
    const previous = richDocument();
    expect(validateChanges(personDocumentSchema, previous, previous)).toEqual({
      ok: true,
      value: previous,
      checked: [],
    });
  });
});
