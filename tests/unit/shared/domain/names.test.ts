import { describe, expect, it } from 'vitest';
import { matchesFilter } from '../../../../shared/domain/people';
import {
  hasLetterOrDigit,
  nameKey,
  normalizeName,
  sameName,
} from '../../../../shared/domain/names';
import { makePerson } from '../../helpers/people';

const NFC = 'José Núñez'.normalize('NFC');
const NFD = 'José Núñez'.normalize('NFD');

describe('normalizeName', () => {
  it.each<[string, string, string]>([
    ['NFD accents', NFD, NFC],
    ['two spaces', 'Ana  Lima', 'Ana Lima'],
    ['a no-break space', 'Ana\u00a0Lima', 'Ana Lima'],
    ['a tab', 'Ana\tLima', 'Ana Lima'],
    ['a line break', 'Ana\r\nLima', 'Ana Lima'],
    ['an ideographic space', 'Ana\u3000Lima', 'Ana Lima'],
    ['a narrow no-break space', 'Ana\u202fLima', 'Ana Lima'],
    ['spaces at the ends', ' \u00a0Ana Lima\t ', 'Ana Lima'],
    ['a zero-width space', 'Ana\u200b Lima', 'Ana Lima'],
    ['direction marks', '\u200eAna Lima\u200f', 'Ana Lima'],
    ['a right-to-left override', '\u202eAna Lima\u202c', 'Ana Lima'],
    ['a byte order mark', '\ufeffAna Lima', 'Ana Lima'],
    ['a soft hyphen', 'Ana Li\u00adma', 'Ana Lima'],
    ['a word joiner', 'Ana\u2060 Lima', 'Ana Lima'],
    ['a Hangul filler', '\u3164Ana Lima', 'Ana Lima'],
    ['a control character', 'Ana\u0007 Lima', 'Ana Lima'],
    ['a control character between spaces', 'Ana \u0000 Lima', 'Ana Lima'],
    ['a lone surrogate', 'Ana\ud800 Lima', 'Ana Lima'],
    ['a joiner not between letters', '\u200dAna Lima\u200c', 'Ana Lima'],
    ['only zero-width and direction marks', '\u200b\u200c\u200d\u200e\u200f\u2066\u2069', ''],
    ['only whitespace', ' \t\u00a0\u3000', ''],
  ])('%s', (_, input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it.each([
    ['Persian with a zero-width non-joiner', 'علی\u200cرضا'],
    ['Devanagari with a zero-width joiner', 'क्\u200dष'],
    ['Chinese', '王小明'],
    ['Arabic with a space', 'محمد علي'],
    ['an apostrophe and a hyphen', "Zoë O'Brien-Smith"],
  ])('keeps %s as typed', (_, name) => {
    expect(normalizeName(name)).toBe(name);
  });
});

describe('nameKey and sameName', () => {
  it.each<[string, string]>([
    ['NFD beside NFC', NFD],
    ['another case', 'JOSÉ NÚÑEZ'],
    ['a no-break space', 'José\u00a0Núñez'],
    ['a tab and a zero-width space', 'José\t\u200bNúñez'],
  ])('treats %s as the same name', (_, other) => {
    expect(sameName(other, NFC)).toBe(true);
    expect(nameKey(other)).toBe(nameKey(NFC));
  });

  it('treats full-width letters and a joiner between letters as the same name', () => {
    expect(sameName('Ａｎａ Ｌｉｍａ', 'ana lima')).toBe(true);
    expect(sameName('Ana\u200dLima', 'AnaLima')).toBe(true);
  });

  it('keeps different names apart', () => {
    expect(sameName('Ana Lima', 'Ana Lima Jr')).toBe(false);
    expect(sameName('AnaLima', 'Ana Lima')).toBe(false);
    expect(sameName('Jose Nunez', NFC)).toBe(false);
    expect(sameName('Isık', 'Isik')).toBe(false);
  });
});

describe('hasLetterOrDigit', () => {
  it.each<[string, boolean]>([
    ['Ana', true],
    ['王', true],
    ['محمد', true],
    ['7', true],
    ['٣', true],
    ['', false],
    ['—', false],
    ['!?.', false],
    ['😀', false],
  ])('%j gives %s', (text, expected) => {
    expect(hasLetterOrDigit(text)).toBe(expected);
  });
});

describe('the roster search', () => {
  it('finds a name typed with a no-break space, a double space or in NFD', () => {
    const person = makePerson({ name: NFC });
    for (const text of ['josé\u00a0núñez', 'jose  nunez', NFD]) {
      expect(matchesFilter(person, { text, status: 'all', tag: null })).toBe(true);
    }
  });
});
