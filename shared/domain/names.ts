/**
 * Names as people read them. Two spellings that look the same on screen (NFD beside NFC, a
 * no-break space or tab beside a space, a hidden zero-width or direction mark) are one name.
 */

/** A character that renders as nothing: zero-width spaces and joiners, direction marks, BOM, ... */
const INVISIBLE = /^\p{Default_Ignorable_Code_Point}$/u;
/** Zero-width non-joiner and joiner: they shape letters in Persian, Indic and other scripts. */
const JOINERS = /^[\u200c\u200d]$/u;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
/** Every kind of space, tab and line break, including no-break and ideographic spaces. */
const WHITESPACE = /^[\s\p{White_Space}]$/u;
const WHITESPACE_RUN = /[\s\p{White_Space}]+/gu;
/** Control characters (other than tabs and line breaks) and lone surrogates. */
const UNREADABLE = /^[\p{Cc}\p{Cs}]$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * A name as it is stored: invisible characters removed (a joiner between two letters stays, as
 * those scripts need it), every run of whitespace one space, no space at either end, in NFC.
 */
export function normalizeName(name: string): string {
  const chars = [...name];
  const visible = chars.filter((char, i) => {
    if (UNREADABLE.test(char) && !WHITESPACE.test(char)) return false;
    if (!INVISIBLE.test(char)) return true;
    return (
      JOINERS.test(char) &&
      LETTER_OR_MARK.test(chars[i - 1] ?? '') &&
      LETTER_OR_MARK.test(chars[i + 1] ?? '')
    );
  });
  return visible.join('').replace(WHITESPACE_RUN, ' ').trim().normalize('NFC');
}

/**
 * The key two names are compared by: the same for names that look alike, whatever the case
 * (not the locale's: Turkish dotless i stays a letter of its own), joiners or compatibility forms
 * (full-width letters, ligatures). Never shown or stored.
 */
export function nameKey(name: string): string {
  return normalizeName(name)
    .replace(/[\u200c\u200d]/g, '')
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFC');
}

/** True when two names would read as the same name. */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/** A name someone can read has at least one letter or digit, in any script. */
export function hasLetterOrDigit(text: string): boolean {
  return LETTER_OR_DIGIT.test(text);
}
