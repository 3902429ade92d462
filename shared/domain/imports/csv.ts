import Papa from 'papaparse';
import { CSV_DELIMITERS, type CsvDelimiter } from '../../model/kpis';

/**
 * Reading a helpdesk's CSV export: PapaParse does the parsing (quotes, quoted line breaks,
 * delimiter guessing); these are the checks and guesses around it, the same in the backend and
 * the renderer.
 */

export const DELIMITER_LABELS: Record<CsvDelimiter, string> = {
  ',': 'Comma (,)',
  ';': 'Semicolon (;)',
  '\t': 'Tab',
};

/** A UTF-8 byte-order mark, which Excel and some helpdesks put at the start of a CSV. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The first part of a file, enough for guesses (the delimiter, decimal commas). */
export const SAMPLE_CHARS = 64 * 1024;

/**
 * True when the text cannot be a CSV: a binary file (a spreadsheet, a zip, an image) read as text
 * has NUL characters or many undecodable bytes (U+FFFD) near its start.
 */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, 8192);
  if (head.includes('\u0000')) return true;
  const replaced = head.split('\ufffd').length - 1;
  return replaced > 8 && replaced / Math.max(1, head.length) > 0.01;
}

/** The delimiter among `,` `;` and tab that splits the first rows most consistently. */
export function guessDelimiter(text: string): CsvDelimiter {
  const result = Papa.parse<string[]>(text.slice(0, SAMPLE_CHARS), {
    preview: 30,
    delimitersToGuess: [...CSV_DELIMITERS],
    skipEmptyLines: 'greedy',
  });
  const guessed = result.meta.delimiter;
  return (CSV_DELIMITERS as readonly string[]).includes(guessed) ? (guessed as CsvDelimiter) : ',';
}

/** The first `count` rows (the header row included), blank lines left out. */
export function firstRows(text: string, delimiter: CsvDelimiter, count: number): string[][] {
  return Papa.parse<string[]>(text.slice(0, SAMPLE_CHARS * 4), {
    delimiter,
    preview: count,
    skipEmptyLines: 'greedy',
  }).data;
}

/** True when a row has nothing in it (a blank line, or only delimiters and spaces). */
export const isBlankRow = (cells: readonly string[]): boolean =>
  cells.every((c) => c.trim() === '');

/**
 * Whether the numbers in these rows use a decimal comma (`1,5`, `92,5 %`): more cells look like a
 * decimal comma (one or two digits after a comma, no dot) than like a decimal point.
 */
export function guessDecimalComma(rows: readonly (readonly string[])[]): boolean {
  let comma = 0;
  let point = 0;
  for (const row of rows) {
    for (const cell of row) {
      const text = cell.trim().replace(/\s*%$/, '');
      if (/^-?\d+,\d{1,2}$/.test(text) || /^-?\d{1,3}(\.\d{3})+,\d+$/.test(text)) comma += 1;
      else if (/^-?\d+\.\d+$/.test(text) || /^-?\d{1,3}(,\d{3})+\.\d+$/.test(text)) point += 1;
    }
  }
  return comma > point;
}
