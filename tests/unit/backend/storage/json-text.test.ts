import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze, produce } from '../../../../electron/backend/storage/draft';
import { jsonChunks } from '../../../../electron/backend/storage/json-text';
import { richDocument } from '../../helpers/rich-document';

/** What the chunks make together, as text. */
const text = (value: unknown) => Buffer.concat(jsonChunks(value)).toString('utf8');

type Doc = Record<string, Record<string, unknown>[]>;
interface EditValue {
  op: 'set' | 'push' | 'remove' | 'field';
  list: number;
  at?: number;
  value?: unknown;
}

/** An edit to a document of lists of entries: replace, add or remove an entry, or change a field. */
const edit = fc.oneof(
  fc.record({
    op: fc.constant('set' as const),
    list: fc.nat(),
    at: fc.nat(),
    value: fc.jsonValue(),
  }),
  fc.record({ op: fc.constant('push' as const), list: fc.nat(), value: fc.jsonValue() }),
  fc.record({ op: fc.constant('remove' as const), list: fc.nat(), at: fc.nat() }),
  fc.record({
    op: fc.constant('field' as const),
    list: fc.nat(),
    at: fc.nat(),
    value: fc.jsonValue(),
  }),
);

function apply(doc: Doc, change: EditValue): Doc {
  return deepFreeze(
    produce(doc, (draft) => {
      const names = Object.keys(draft);
      if (names.length === 0) return;
      const list = draft[names[change.list % names.length]!]!;
      const at = list.length === 0 ? 0 : (change.at ?? 0) % list.length;
      if (change.op === 'push') list.push({ added: change.value ?? null });
      else if (list.length === 0) return;
      else if (change.op === 'set') list[at] = { replaced: change.value ?? null };
      else if (change.op === 'remove') list.splice(at, 1);
      else list[at]!.changed = change.value;
    }),
  );
}

describe('jsonChunks', () => {
  it('makes what JSON.stringify writes, frozen or not (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, frozen) => {
        const input = frozen ? deepFreeze(structuredClone(value)) : value;
        expect(text(input)).toBe(JSON.stringify(value));
        // A second time, from what it remembered.
        expect(text(input)).toBe(JSON.stringify(value));
      }),
    );
  });

  it('makes what JSON.stringify writes after any series of edits to a frozen document (property)', () => {
    const documents = fc.dictionary(
      fc.string({ maxLength: 6 }),
      fc.array(fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 3 })), {
        maxLength: 8,
      }),
      { maxKeys: 5 },
    );
    fc.assert(
      fc.property(documents, fc.array(edit, { maxLength: 12 }), (start, edits) => {
        let doc: Doc = deepFreeze(start);
        expect(text(doc)).toBe(JSON.stringify(doc));
        for (const change of edits) {
          doc = apply(doc, change);
          expect(text(doc)).toBe(JSON.stringify(doc));
        }
      }),
    );
  });

  it('leaves out undefined fields and writes holes and undefined in lists as null', () => {
    const value = { a: undefined, b: [undefined, 1, , 2], c: { d: undefined } }; // eslint-disable-line no-sparse-arrays
    expect(text(value)).toBe(JSON.stringify(value));
    expect(text(deepFreeze(value))).toBe('{"b":[null,1,null,2],"c":{}}');
  });

  it('encodes text outside ASCII as UTF-8, as a file written from the whole text would be', () => {
    const value = deepFreeze({
      people: [{ name: 'Chloé ✓ 日本 🎉' }, { note: 'x'.repeat(70_000) }],
    });
    expect(Buffer.concat(jsonChunks(value)).equals(Buffer.from(JSON.stringify(value)))).toBe(true);
  });

  it('writes each new version of a document in full, reusing only parts that did not change', () => {
    let doc = richDocument();
    expect(text(doc)).toBe(JSON.stringify(doc));
    for (let i = 0; i < 5; i++) {
      doc = deepFreeze(
        produce(doc, (draft) => {
          draft.meetings[i % draft.meetings.length]!.notes = `Edit ${i}`;
          draft.person.role = `Role ${i}`;
          draft.talkingPoints.reverse();
        }),
      );
      expect(text(doc)).toBe(JSON.stringify(doc));
    }
  });

  it('passes the bytes of a large unchanged part on as they are, in blocks rather than one chunk per entry', () => {
    const entries = Array.from({ length: 4_000 }, (_, i) => ({
      id: i,
      text: `Entry ${i} `.repeat(8),
    }));
    let doc = deepFreeze({ big: entries, small: [{ n: 1 }] });
    const first = jsonChunks(doc);
    expect(first.length).toBeLessThan(entries.length / 50);
    doc = deepFreeze(produce(doc, (draft) => void draft.small.push({ n: 2 })));
    const second = jsonChunks(doc);
    expect(Buffer.concat(second).toString()).toBe(JSON.stringify(doc));
    const reused = second.filter((chunk) => first.includes(chunk));
    expect(reused.reduce((sum, chunk) => sum + chunk.length, 0)).toBeGreaterThan(
      Buffer.byteLength(JSON.stringify(entries)) * 0.9,
    );
  });

  it('writes values with toJSON as JSON.stringify does', () => {
    const value = deepFreeze({ at: new Date('2026-11-18T09:00:00Z'), list: [{ x: 1 }] });
    expect(text(value)).toBe(JSON.stringify(value));
    const custom = { a: { toJSON: () => undefined }, b: [{ toJSON: () => 'b' }] };
    expect(text(custom)).toBe(JSON.stringify(custom));
  });
});
