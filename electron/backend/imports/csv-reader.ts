import Papa from 'papaparse';
import type { CsvDelimiter } from '../../../shared/model/kpis';
import { isBlankRow } from '../../../shared/domain/imports/csv';

/** About 250 rows of a typical export: a chunk is parsed and aggregated in a few milliseconds. */
export const CHUNK_CHARS = 64 * 1024;

export interface CsvRow {
  /** The line the row starts on, counting the heading row as line 1, as an editor shows it. */
  line: number;
  cells: string[];
}

export interface ReadCsvOptions {
  delimiter: CsvDelimiter;
  /** Called once with the heading row (the first line that is not blank). */
  onHeaders: (headers: string[]) => void;
  /** Called with each chunk's rows; blank lines are left out (but counted in line numbers). */
  onRows: (rows: CsvRow[]) => void;
  /** Called after each chunk with the share of the text read, from 0 to 1. */
  onProgress?: (fraction: number) => void;
  /** A row PapaParse could not read (an unclosed quote): reported, the rest goes on. */
  onBadRow: (line: number, reason: string) => void;
  chunkChars?: number;
}

const countBreaks = (cells: readonly string[], linebreak: string): number => {
  const mark = linebreak === '\r' ? '\r' : '\n';
  let n = 0;
  for (const cell of cells) {
    for (let i = cell.indexOf(mark); i >= 0; i = cell.indexOf(mark, i + 1)) n += 1;
  }
  return n;
};

/**
 * Reads a whole CSV text with PapaParse's chunk API, pausing after every chunk and resuming on
 * the next turn of the event loop (`setImmediate`), so other IPC calls and timers run in between
 * and no stall is longer than one chunk. Line numbers account for quoted fields with line breaks.
 */
export function readCsv(text: string, options: ReadCsvOptions): Promise<void> {
  const size = Math.max(1, text.length);
  let line = 1;
  let headerSeen = false;
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(text, {
      delimiter: options.delimiter,
      chunkSize: options.chunkChars ?? CHUNK_CHARS,
      skipEmptyLines: false,
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        try {
          const linebreak = results.meta.linebreak || '\n';
          const badRows = new Map<number, string>();
          for (const error of results.errors) {
            if (error.type === 'Quotes' && error.row !== undefined) {
              badRows.set(error.row, 'A quoted field is not closed, so this row cannot be read.');
            }
          }
          const rows: CsvRow[] = [];
          results.data.forEach((cells: string[], i: number) => {
            const at = line;
            line += 1 + countBreaks(cells, linebreak);
            if (isBlankRow(cells)) return;
            const bad = badRows.get(i);
            if (bad) return options.onBadRow(at, bad);
            if (!headerSeen) {
              headerSeen = true;
              options.onHeaders(cells.map((c: string) => c.trim()));
              return;
            }
            rows.push({ line: at, cells });
          });
          if (rows.length > 0) options.onRows(rows);
          options.onProgress?.(Math.min(1, results.meta.cursor / size));
        } catch (error) {
          parser.abort();
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        parser.pause();
        setImmediate(() => parser.resume());
      },
      complete: () => resolve(),
      error: (error: Error) => reject(error),
    });
  });
}
