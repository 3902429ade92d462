import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze, produce } from '../../../../electron/backend/storage/draft';
import { jsonText } from '../../../../electron/backend/storage/json-text';
import { richDocument } from '../../helpers/rich-document';

describe('jsonText', () => {
  it('writes what JSON.stringify writes, frozen or not (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, frozen) => {
        const input = frozen ? deepFreeze(structuredClone(value)) : value;
        expect(jsonText(input)).toBe(JSON.stringify(value));
        // A second time, from what it remembered.
        expect(jsonText(input)).toBe(JSON.stringify(value));
      }),
    );
  });

  it('leaves out undefined fields and writes holes and undefined in lists as null', () => {
    const value = { a: undefined, b: [undefined, 1, , 2], c: { d: undefined } }; // eslint-disable-line no-sparse-arrays
    expect(jsonText(value)).toBe(JSON.stringify(value));
    expect(jsonText(deepFreeze(value))).toBe('{"b":[null,1,null,2],"c":{}}');
  });

  it('writes each new version of a document in full, reusing only parts that did not change', () => {
    let doc = richDocument();
    expect(jsonText(doc)).toBe(JSON.stringify(doc));
    for (let i = 0; i < 5; i++) {
      doc = deepFreeze(
        produce(doc, (draft) => {
          draft.meetings[i % draft.meetings.length]!.notes = `Edit ${i}`;
          draft.person.role = `Role ${i}`;
          draft.talkingPoints.reverse();
        }),
      );
      expect(jsonText(doc)).toBe(JSON.stringify(doc));
    }
  });

  it('writes values with toJSON as JSON.stringify does', () => {
    const value = deepFreeze({ at: new Date('2026-11-18T09:00:00Z'), list: [{ x: 1 }] });
    expect(jsonText(value)).toBe(JSON.stringify(value));
  });
});
