import { describe, expect, it } from 'vitest';
import { personKind } from '../../../../electron/backend/people/person-kind';
import { repairStrayBytes, salvageEntries } from '../../../../electron/backend/storage/salvage';
import { makeMeeting, makePoint } from '../../helpers/records';
import { personDocument } from '../../helpers/store';

describe('repairStrayBytes', () => {
  it('removes a control character inside a string', () => {
    expect(repairStrayBytes('{"a": "x\u0001y"}')).toEqual({
      value: { a: 'xy' },
      removed: ['0x01 at line 1, column 9'],
    });
  });

  it('removes a non-ASCII character between values (an invalid byte read as U+FFFD)', () => {
    expect(repairStrayBytes('{\n  "a": 1,\uFFFD\n  "b": 2\n}')).toEqual({
      value: { a: 1, b: 2 },
      removed: ['0xfffd at line 2, column 10'],
    });
  });

  it('counts lines of the file as it was, also past a raw line break it removed', () => {
    const repaired = repairStrayBytes('{"a": "x\ny",\n"b": \u0002 1}');
    expect(repaired?.value).toEqual({ a: 'xy', b: 1 });
    expect(repaired?.removed).toEqual(['0x0a at line 1, column 9', '0x02 at line 3, column 6']);
  });

  it('keeps characters that belong: non-ASCII text and escapes inside strings', () => {
    expect(repairStrayBytes('{"a": "Chloé \\" ✓"}')).toBeNull();
  });

  it('does not guess at a stray printable character, a cut-off file or too many strays', () => {
    expect(repairStrayBytes('{"a": 1x}')).toBeNull();
    expect(repairStrayBytes('{"a": "x\u0001')).toBeNull();
    expect(repairStrayBytes(`{"a": "${'\u0001'.repeat(9)}"}`)).toBeNull();
  });
});

describe('salvageEntries', () => {
  it('takes out only the entries that fail, and says which and why', () => {
    const doc = personDocument();
    doc.meetings = [
      makeMeeting({ id: 'm-1' }),
      makeMeeting({ id: 'm-2', mood: { score: 9, word: '' } }),
    ];
    doc.talkingPoints = [makePoint({ id: 'tp-1', text: '' }), makePoint({ id: 'tp-2' })];
    const kept = salvageEntries(
      structuredClone(doc) as unknown as Record<string, unknown>,
      personKind,
    );
    expect(kept?.document.meetings.map((m) => m.id)).toEqual(['m-1']);
    expect(kept?.document.talkingPoints.map((p) => p.id)).toEqual(['tp-2']);
    expect(kept?.removed).toEqual([
      'a 1:1 of 2026-11-24 (mood.score: Pick 1 to 5.)',
      expect.stringMatching(/^a talking point of 2026-11-01 \(text: /),
    ]);
  });

  it('answers null when the problem is outside any list entry', () => {
    const doc = personDocument({ name: '' });
    expect(salvageEntries(doc as unknown as Record<string, unknown>, personKind)).toBeNull();
  });

  it('answers null when too much is bad for the rest to be trusted', () => {
    const doc = personDocument();
    doc.meetings = Array.from({ length: 25 }, (_, i) =>
      makeMeeting({ id: `m-${i}`, status: 'x' as never }),
    );
    expect(salvageEntries(doc as unknown as Record<string, unknown>, personKind)).toBeNull();
  });
});
