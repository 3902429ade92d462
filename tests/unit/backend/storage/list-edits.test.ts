import { describe, expect, it } from 'vitest';
import { deepFreeze, peek, produce } from '../../../../electron/backend/storage/draft';
import { replaceWhere, without } from '../../../../electron/backend/storage/list-edits';

interface Entry {
  id: string;
  text: string;
  tags: string[];
}

function doc(count: number) {
  const entries: Entry[] = Array.from({ length: count }, (_, i) => ({
    id: `e${i}`,
    text: `entry ${i}`,
    tags: [`t${i}`],
  }));
  return deepFreeze({ entries, other: { note: 'kept' } });
}

describe('list edits on a draft', () => {
  it('replaces one entry and shares every other one with the base', () => {
    const base = doc(1000);
    const next = produce(base, (d) => {
      expect(
        replaceWhere(
          d.entries,
          (e) => e.id === 'e500',
          (e) => ({ ...e, text: 'new' }),
        ),
      ).toBe(true);
    });
    expect(next.entries[500]).toEqual({ id: 'e500', text: 'new', tags: ['t500'] });
    expect(base.entries[500]!.text).toBe('entry 500');
    for (let i = 0; i < 1000; i++) if (i !== 500) expect(next.entries[i]).toBe(base.entries[i]);
    expect(next.other).toBe(base.other);
  });

  it('hands the change a draft, so changing it in place works too', () => {
    const base = doc(3);
    const next = produce(base, (d) => {
      replaceWhere(
        d.entries,
        (e) => e.id === 'e1',
        (e) => {
          e.tags.push('added');
          return e;
        },
      );
    });
    expect(next.entries[1]!.tags).toEqual(['t1', 'added']);
    expect(base.entries[1]!.tags).toEqual(['t1']);
  });

  it('answers false and changes nothing when no entry matches', () => {
    const base = doc(3);
    let found = true;
    const next = produce(base, (d) => {
      found = replaceWhere(
        d.entries,
        (e) => e.id === 'missing',
        () => ({ id: 'x', text: '', tags: [] }),
      );
    });
    expect(found).toBe(false);
    expect(next).toBe(base);
  });

  it('sees changes made earlier in the same update', () => {
    const base = doc(3);
    const next = produce(base, (d) => {
      d.entries.push({ id: 'new', text: 'pushed', tags: [] });
      d.entries[0]!.text = 'changed first';
      replaceWhere(
        d.entries,
        (e) => e.id === 'new',
        (e) => ({ ...e, text: 'replaced' }),
      );
      d.entries = without(d.entries, (e) => e.id === 'e2');
    });
    expect(next.entries.map((e) => [e.id, e.text])).toEqual([
      ['e0', 'changed first'],
      ['e1', 'entry 1'],
      ['new', 'replaced'],
    ]);
    expect(next.entries[1]).toBe(base.entries[1]);
    expect(Object.isFrozen(base.entries[0])).toBe(true);
    expect(base.entries[0]!.text).toBe('entry 0');
  });

  it('removes entries without copying the others', () => {
    const base = doc(100);
    const next = produce(base, (d) => {
      d.entries = without(d.entries, (e) => e.id === 'e10' || e.id === 'e20');
    });
    expect(next.entries).toHaveLength(98);
    expect(next.entries.find((e) => e.id === 'e10')).toBeUndefined();
    expect(next.entries[10]).toBe(base.entries[11]);
  });

  it('peek gives what a draft holds and leaves anything else as it is', () => {
    const base = doc(2);
    produce(base, (d) => {
      expect(peek(d.entries)).toBe(base.entries);
      d.entries.push({ id: 'n', text: '', tags: [] });
      expect(peek(d.entries)).not.toBe(base.entries);
      expect(peek(d.entries)).toHaveLength(3);
    });
    const plain = { a: 1 };
    expect(peek(plain)).toBe(plain);
    expect(peek(5)).toBe(5);
  });
});
