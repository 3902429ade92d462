import { describe, expect, it } from 'vitest';
import {
  findUnknownFields,
  unknownFieldPaths,
  withUnknownFields,
} from '../../../../electron/backend/storage/unknown-fields';

describe('unknown fields', () => {
  const raw = {
    a: 1,
    extra: { kept: true },
    nested: { b: 2, note: 'x' },
    list: [
      { id: 'one', v: 1, colour: 'red' },
      { id: 'two', v: 2 },
    ],
    plain: [{ v: 1, tag: 'first' }],
  };
  const parsed = {
    a: 1,
    nested: { b: 2 },
    list: [
      { id: 'one', v: 1 },
      { id: 'two', v: 2 },
    ],
    plain: [{ v: 1 }],
  };

  it('finds what validation stripped, list entries by id', () => {
    const unknown = findUnknownFields(raw, parsed);
    expect(unknownFieldPaths(unknown)).toEqual([
      'extra',
      'nested.note',
      'list[id:one].colour',
      'plain[#0].tag',
    ]);
    expect(findUnknownFields(parsed, parsed)).toBeNull();
  });

  it('puts them back on a changed document, following entries that moved, and never over known fields', () => {
    const unknown = findUnknownFields(raw, parsed);
    const changed = {
      a: 3,
      nested: { b: 2, note: 'learnt later' },
      list: [
        { id: 'new', v: 0 },
        { id: 'two', v: 2 },
        { id: 'one', v: 5 },
      ],
      plain: [{ v: 1 }],
    };
    expect(withUnknownFields(changed, unknown)).toEqual({
      a: 3,
      extra: { kept: true },
      nested: { b: 2, note: 'learnt later' },
      list: [
        { id: 'new', v: 0 },
        { id: 'two', v: 2 },
        { id: 'one', v: 5, colour: 'red' },
      ],
      plain: [{ v: 1, tag: 'first' }],
    });
    expect(changed).not.toHaveProperty('extra');
  });

  it('keeps the fields of an entry without an id on that entry, wherever the list moved it', () => {
    const list = [{ v: 1 }, { v: 2 }];
    const unknown = findUnknownFields({ list: [{ v: 1, tag: 'first' }, { v: 2 }] }, { list });
    // One added before it, as held (the very objects) and as read again (equal ones).
    for (const moved of [
      [{ v: 0 }, list[0], list[1]],
      [{ v: 0 }, { v: 1 }, { v: 2 }],
    ]) {
      expect(withUnknownFields({ list: moved }, unknown)).toEqual({
        list: [{ v: 0 }, { v: 1, tag: 'first' }, { v: 2 }],
      });
    }
    // Removed (or changed, which makes it a new entry): its fields go with it, never onto another.
    expect(withUnknownFields({ list: [list[1]] }, unknown)).toEqual({ list: [{ v: 2 }] });
    expect(withUnknownFields({ list: [{ v: 5 }, list[1]] }, unknown)).toEqual({
      list: [{ v: 5 }, { v: 2 }],
    });
  });

  it('drops the unknown fields of an entry that was deleted', () => {
    const unknown = findUnknownFields(raw, parsed);
    const written = withUnknownFields({ ...parsed, list: [{ id: 'two', v: 2 }] }, unknown);
    expect(JSON.stringify(written)).not.toContain('red');
  });
});
