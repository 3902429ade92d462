import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze, produce } from '../../../../electron/backend/storage/draft';

interface Doc {
  person: { name: string; tags: string[] };
  meetings: { id: string; notes: string; mood: { score: number } | null }[];
  points: { id: string; order: number }[];
}

const base = (): Doc =>
  deepFreeze({
    person: { name: 'Sam', tags: ['Tier 1'] },
    meetings: [
      { id: 'm-1', notes: 'one', mood: { score: 3 } },
      { id: 'm-2', notes: 'two', mood: null },
      { id: 'm-3', notes: 'three', mood: { score: 5 } },
    ],
    points: [
      { id: 'p-1', order: 2 },
      { id: 'p-2', order: 1 },
    ],
  });

describe('produce', () => {
  it('answers the base itself when the updater changes nothing, even after reading', () => {
    const doc = base();
    const next = produce(doc, (draft) => {
      void draft.meetings.find((m) => m.id === 'm-2')?.notes;
      draft.person.name = 'Sam'; // the same value: no change
    });
    expect(next).toBe(doc);
  });

  it('copies only the path to a change and shares everything else', () => {
    const doc = base();
    const next = produce(doc, (draft) => {
      draft.meetings.find((m) => m.id === 'm-2')!.notes = 'changed';
    });
    expect(next).not.toBe(doc);
    expect(next.meetings).not.toBe(doc.meetings);
    expect(next.meetings[1]).toEqual({ id: 'm-2', notes: 'changed', mood: null });
    expect(next.meetings[0]).toBe(doc.meetings[0]);
    expect(next.meetings[2]).toBe(doc.meetings[2]);
    expect(next.person).toBe(doc.person);
    expect(next.points).toBe(doc.points);
    expect(doc.meetings[1]!.notes).toBe('two');
  });

  it('supports the list methods the services use: push, splice, sort, filter, map with spreads', () => {
    const doc = base();
    const next = produce(doc, (draft) => {
      draft.meetings.push({ id: 'm-4', notes: 'four', mood: null });
      draft.meetings.splice(0, 1);
      draft.points.sort((a, b) => a.order - b.order);
      draft.person.tags = draft.person.tags.filter((t) => t !== 'Tier 1');
      draft.meetings = draft.meetings.map((m) => (m.id === 'm-3' ? { ...m, notes: 'new' } : m));
    });
    expect(next).toEqual({
      person: { name: 'Sam', tags: [] },
      meetings: [
        { id: 'm-2', notes: 'two', mood: null },
        { id: 'm-3', notes: 'new', mood: { score: 5 } },
        { id: 'm-4', notes: 'four', mood: null },
      ],
      points: [
        { id: 'p-2', order: 1 },
        { id: 'p-1', order: 2 },
      ],
    });
    // Untouched entries keep their identity wherever they moved; a spread copy shares its parts.
    expect(next.meetings[0]).toBe(doc.meetings[1]);
    expect(next.meetings[1]!.mood).toBe(doc.meetings[2]!.mood);
    expect(next.points[0]).toBe(doc.points[1]);
    expect(doc).toEqual(base());
  });

  it('takes a returned value, with drafts inside it replaced by what they stand for', () => {
    const doc = base();
    const next = produce(doc, (draft) => ({ ...draft, person: { ...draft.person, name: 'Ana' } }));
    expect(next.person).toEqual({ name: 'Ana', tags: ['Tier 1'] });
    expect(next.person.tags).toBe(doc.person.tags);
    expect(next.meetings).toBe(doc.meetings);
  });

  it('deletes fields, and sees its own changes while it runs', () => {
    const doc = base();
    const next = produce(doc, (draft) => {
      const meeting = draft.meetings[0]!;
      delete (meeting as { mood?: unknown }).mood;
      expect('mood' in meeting).toBe(false);
      expect(Object.keys(meeting)).toEqual(['id', 'notes']);
      expect(Array.isArray(draft.meetings)).toBe(true);
      expect(draft.meetings).toHaveLength(3);
      expect(JSON.parse(JSON.stringify(draft.person))).toEqual({ name: 'Sam', tags: ['Tier 1'] });
    });
    expect(next.meetings[0]).toEqual({ id: 'm-1', notes: 'one' });
  });

  it('revokes its drafts: one kept past the update fails loudly instead of being saved', () => {
    let kept: Doc['meetings'][number] | undefined;
    produce(base(), (draft) => {
      kept = draft.meetings[0];
    });
    expect(() => kept!.notes).toThrow(TypeError);
  });

  it('leaves the base untouched when the updater throws', () => {
    const doc = base();
    expect(() =>
      produce(doc, (draft) => {
        draft.person.name = 'Ana';
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect(doc).toEqual(base());
  });

  it('gives what the same change gives on a deep copy, for random edits (property)', () => {
    const edit = fc.record({
      list: fc.constantFrom('meetings', 'points') as fc.Arbitrary<'meetings' | 'points'>,
      index: fc.nat(5),
      how: fc.constantFrom('set', 'push', 'remove', 'reverse', 'replace'),
      text: fc.string({ maxLength: 5 }),
    });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 6 }), (edits) => {
        const apply = (doc: Doc) => {
          for (const { list, index, how, text } of edits) {
            const entries = doc[list] as { id: string }[];
            const at = index % Math.max(1, entries.length);
            if (how === 'set' && entries[at]) entries[at].id = text;
            if (how === 'push') entries.push({ ...entries[at], id: text });
            if (how === 'remove') entries.splice(at, 1);
            if (how === 'reverse') entries.reverse();
            if (how === 'replace' && entries[at]) entries[at] = { ...entries[at], id: `${text}!` };
          }
        };
        const doc = base();
        const expected = structuredClone(doc) as Doc;
        apply(expected);
        const next = produce(doc, apply);
        expect(next).toEqual(expected);
        expect(doc).toEqual(base());
        // A part no edit reached is shared, not copied.
        if (!edits.some((e) => e.list === 'points')) expect(next.points).toBe(doc.points);
        expect(next.person).toBe(doc.person);
      }),
    );
  });
});

describe('deepFreeze', () => {
  it('freezes every part, so a change in place throws', () => {
    const doc = base();
    expect(() => doc.meetings.push({ id: 'x', notes: '', mood: null })).toThrow(TypeError);
    expect(() => {
      doc.meetings[0]!.mood!.score = 1;
    }).toThrow(TypeError);
  });
});
