import { describe, expect, it } from 'vitest';
import {
  draftKey,
  errorsByDraft,
  isMultiCell,
  moveFor,
  parseClipboard,
  placePaste,
  splitDraftKey,
  startsTyping,
} from '../../../../renderer/features/kpis/grid-edit';

describe('moving in the value grid (3 rows × 4 columns)', () => {
  it.each([
    ['ArrowDown', false, [0, 0], [1, 0]],
    ['ArrowDown', false, [2, 1], [2, 1]],
    ['ArrowUp', false, [0, 1], [0, 1]],
    ['ArrowRight', false, [1, 3], [1, 3]],
    ['ArrowLeft', false, [1, 2], [1, 1]],
    ['Home', false, [1, 2], [1, 0]],
    ['End', false, [1, 0], [1, 3]],
    ['Enter', false, [0, 2], [1, 2]],
    ['Enter', true, [1, 2], [0, 2]],
    ['Tab', false, [0, 2], [0, 3]],
    ['Tab', false, [0, 3], [1, 0]],
    ['Tab', true, [1, 0], [0, 3]],
    ['Tab', false, [2, 3], null],
    ['Tab', true, [0, 0], null],
    ['a', false, [0, 0], null],
  ] as const)('%s (shift %s) from %j goes to %j', (key, shift, from, to) => {
    expect(moveFor(key, shift, from, 3, 4)).toEqual(to);
  });

  it.each([
    [{ key: '9', ctrlKey: false, metaKey: false, altKey: false }, true],
    [{ key: '%', ctrlKey: false, metaKey: false, altKey: false }, true],
    [{ key: 'v', ctrlKey: true, metaKey: false, altKey: false }, false],
    [{ key: 'Enter', ctrlKey: false, metaKey: false, altKey: false }, false],
  ])('%j starts typing: %s', (event, starts) => {
    expect(startsTyping(event)).toBe(starts);
  });
});

describe('pasting from a spreadsheet', () => {
  it.each([
    [
      '92%\t88%\r\n90%\t\r\n',
      [
        ['92%', '88%'],
        ['90%', ''],
      ],
    ],
    ['1:05:00\n', [['1:05:00']]],
    ['"1,234"\t" 5 "', [['1,234', '5']]],
    ['a\n\nb', [['a'], [''], ['b']]],
  ])('%j reads as %j', (text, cells) => {
    expect(parseClipboard(text)).toEqual(cells);
  });

  it.each([
    ['92 %', false],
    ['92 %\n', false],
    ['92\t93', true],
    ['92\n93', true],
  ])('%j is several cells: %s', (text, multi) => {
    expect(isMultiCell(text)).toBe(multi);
  });

  it('fills from the focused cell and counts what fell outside', () => {
    const { placed, outside } = placePaste(
      [
        ['1', '2', '3'],
        ['4', '5', '6'],
      ],
      [1, 2],
      3,
      4,
    );
    expect(placed).toEqual([
      { row: 1, col: 2, text: '1' },
      { row: 1, col: 3, text: '2' },
      { row: 2, col: 2, text: '4' },
      { row: 2, col: 3, text: '5' },
    ]);
    expect(outside).toBe(2);
  });
});

describe('drafts and the backend’s messages', () => {
  it('keys a draft by person, metric and period', () => {
    const key = draftKey('p1', 'csat', '2026-10');
    expect(splitDraftKey(key)).toEqual({ personId: 'p1', metricId: 'csat', period: '2026-10' });
  });

  it('puts each cells.<i> message on the draft sent at i', () => {
    expect(
      errorsByDraft(['a', 'b', 'c'], {
        'cells.2': 'Wrong',
        'cells.0.period': 'Bad period',
        'cells.7': 'Unknown index',
        other: 'Not a cell',
      }),
    ).toEqual({ c: 'Wrong', a: 'Bad period' });
  });
});
