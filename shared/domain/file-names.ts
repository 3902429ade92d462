import { hasLetterOrDigit, normalizeName } from './names';

/** Bytes a file name's readable part may take: well inside every file system's 255. */
export const FILE_STEM_MAX_BYTES = 120;

/** Characters Windows refuses in a file name (macOS refuses `/` and `:`, Linux `/`). */
const ILLEGAL = /[<>:"/\\|?*\p{Cc}]/gu;
/** Device names Windows reserves, with or without an extension: `con`, `nul.md`, `com1`. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/iu;
/** Dots, dashes and spaces at either end: hidden files, and names Windows cannot keep. */
const LOOSE_ENDS = /^[-.\s]+|[-.\s]+$/gu;

const utf8 = new TextEncoder();

/** The longest start of `text` that fits in `maxBytes` of UTF-8, never cutting a character. */
export function truncateUtf8(text: string, maxBytes: number): string {
  const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let out = '';
  let bytes = 0;
  for (const { segment } of graphemes.segment(text)) {
    bytes += utf8.encode(segment).length;
    if (bytes > maxBytes) break;
    out += segment;
  }
  return out;
}

/**
 * A readable file name part that is safe on Windows, macOS and Linux, in any script:
 * `José Núñez` gives `josé-núñez`, `王小明` stays `王小明`. Characters a file system refuses become
 * dashes, a Windows device name gets a `_` (`con_`), and the result is at most `maxBytes` of
 * UTF-8. With no letter or digit left, it is `fallback`.
 */
export function safeFileStem(
  text: string,
  fallback: string,
  maxBytes = FILE_STEM_MAX_BYTES,
): string {
  const dashed = normalizeName(text)
    .toLowerCase()
    .normalize('NFC')
    .replace(ILLEGAL, '-')
    .replace(/\s/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(LOOSE_ENDS, '');
  let stem = truncateUtf8(dashed, maxBytes).replace(LOOSE_ENDS, '');
  // `con_.md` is an ordinary name where `con.md` is the console.
  if (RESERVED.test(stem)) stem = truncateUtf8(stem.replace(/^[^.]*/, '$&_'), maxBytes);
  return hasLetterOrDigit(stem) ? stem : fallback;
}

/** The file a person's Markdown export is saved as: `josé-núñez-2026-11-18.md`. */
export function personExportFileName(name: string, date: string): string {
  return `${safeFileStem(name, 'person')}-${date}.md`;
}
