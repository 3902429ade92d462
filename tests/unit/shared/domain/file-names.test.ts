import { describe, expect, it } from 'vitest';
import {
  FILE_STEM_MAX_BYTES,
  personExportFileName,
  safeFileStem,
  truncateUtf8,
} from '../../../../shared/domain/file-names';

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('safeFileStem', () => {
  it.each<[string, string, string]>([
    ['ASCII', 'Sam Lee', 'sam-lee'],
    ['accents in NFC', 'José Núñez', 'josé-núñez'],
    ['accents in NFD, stored as NFC', 'José Núñez'.normalize('NFD'), 'josé-núñez'],
    ['Chinese', '王小明', '王小明'],
    ['Arabic', 'محمد علي', 'محمد-علي'],
    ['Japanese', '佐藤 花子', '佐藤-花子'],
    ['Cyrillic', 'Анна Петрова', 'анна-петрова'],
    ['an apostrophe and a hyphen', "Zoë O'Brien-Smith", "zoë-o'brien-smith"],
    ['Windows-illegal characters', 'a<b>c:d"e/f\\g|h?i*j', 'a-b-c-d-e-f-g-h-i-j'],
    ['control characters', 'Ana\u0001 Lima\u007f', 'ana-lima'],
    ['invisible marks', '\u202eAna\u200b Lima\u200e', 'ana-lima'],
    ['whitespace runs', 'Ana \t\u00a0 Lima', 'ana-lima'],
    ['dots and spaces at the ends', ' ..Ana Lima.. ', 'ana-lima'],
    ['dashes at the ends', '--Ana--', 'ana'],
    ['a reserved device name', 'CON', 'con_'],
    ['a reserved name in another case', 'Nul', 'nul_'],
    ['a reserved name with an extension', 'aux.txt', 'aux_.txt'],
    ['a reserved COM port', 'com1', 'com1_'],
    ['a reserved LPT port', 'LPT9', 'lpt9_'],
    ['a name that only starts like a reserved one', 'Conrad', 'conrad'],
    ['nothing readable left', '???', 'person'],
    ['only dots', '...', 'person'],
    ['only emoji', '😀😀', 'person'],
    ['empty', '', 'person'],
  ])('%s', (_, name, expected) => {
    expect(safeFileStem(name, 'person')).toBe(expected);
  });

  it.each<[string, string]>([
    ['ASCII', 'a'.repeat(300)],
    ['two-byte letters', 'é'.repeat(200)],
    ['three-byte letters', '王'.repeat(100)],
    ['letters with emoji (surrogate pairs)', `a${'😀'.repeat(60)}`],
    ['letters with combining marks', 'e\u0301\u0302'.repeat(60)],
  ])('caps %s at the byte limit without cutting a character', (_, name) => {
    const stem = safeFileStem(name, 'person');
    expect(bytes(stem)).toBeLessThanOrEqual(FILE_STEM_MAX_BYTES);
    expect(bytes(stem)).toBeGreaterThan(FILE_STEM_MAX_BYTES - 8);
    expect(stem).toBe(stem.normalize('NFC'));
    expect(/\p{Cs}/u.test(stem)).toBe(false);
    expect(name.normalize('NFC').toLowerCase().startsWith(stem)).toBe(true);
  });

  it('never ends in a dot or dash after the cut', () => {
    const stem = safeFileStem(`${'a'.repeat(118)}. b`, 'person');
    expect(stem).toBe('a'.repeat(118));
  });
});

describe('truncateUtf8', () => {
  it.each<[string, number, string]>([
    ['abc', 2, 'ab'],
    ['王小', 5, '王'],
    ['a😀', 4, 'a'],
    ['a😀', 5, 'a😀'],
    ['e\u0301x', 2, ''],
    ['e\u0301x', 3, 'e\u0301'],
    ['👩‍👩‍👧x', 10, ''],
  ])('%j in %i bytes is %j', (text, max, expected) => {
    expect(truncateUtf8(text, max)).toBe(expected);
  });
});

describe('personExportFileName', () => {
  it.each<[string, string]>([
    ['Sam Lee', 'sam-lee-2026-11-18.md'],
    ['José Núñez', 'josé-núñez-2026-11-18.md'],
    ['王小明', '王小明-2026-11-18.md'],
    ['محمد علي', 'محمد-علي-2026-11-18.md'],
    ['PRN', 'prn_-2026-11-18.md'],
    ['!!!', 'person-2026-11-18.md'],
  ])('%s gives %s', (name, expected) => {
    expect(personExportFileName(name, '2026-11-18')).toBe(expected);
  });

  it('keeps Chinese and Arabic names apart', () => {
    expect(personExportFileName('王小明', '2026-11-18')).not.toBe(
      personExportFileName('محمد علي', '2026-11-18'),
    );
  });
});
