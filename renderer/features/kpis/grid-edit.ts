/**
 * The value grid's editing rules, apart from React so they are tested as tables: where a key
 * moves the focus, how a spreadsheet paste lands, and how a draft is keyed so it survives
 * switching between the metric and the person view.
 */

export type Position = readonly [row: number, col: number];

/** A draft cell: one person's value of one metric in one period. */
export const draftKey = (personId: string, metricId: string, period: string): string =>
  `${personId}|${metricId}|${period}`;

export function splitDraftKey(key: string): { personId: string; metricId: string; period: string } {
  const [personId = '', metricId = '', period = ''] = key.split('|');
  return { personId, metricId, period };
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(max, n));

/**
 * Where the focus goes for a navigation key; null when the key does not move it (so Tab at the
 * grid's last cell leaves the grid as it normally does).
 */
export function moveFor(
  key: string,
  shift: boolean,
  [row, col]: Position,
  rows: number,
  cols: number,
): Position | null {
  switch (key) {
    case 'ArrowUp':
      return [clamp(row - 1, rows - 1), col];
    case 'ArrowDown':
      return [clamp(row + 1, rows - 1), col];
    case 'ArrowLeft':
      return [row, clamp(col - 1, cols - 1)];
    case 'ArrowRight':
      return [row, clamp(col + 1, cols - 1)];
    case 'Home':
      return [row, 0];
    case 'End':
      return [row, cols - 1];
    case 'Enter':
      return shift ? [clamp(row - 1, rows - 1), col] : [clamp(row + 1, rows - 1), col];
    case 'Tab': {
      // Tab runs along the row and on to the next row's first cell, like a spreadsheet.
      const index = row * cols + col + (shift ? -1 : 1);
      if (index < 0 || index >= rows * cols) return null;
      return [Math.floor(index / cols), index % cols];
    }
    default:
      return null;
  }
}

/** Whether a key typed on a focused cell starts editing it with that character. */
export const startsTyping = (event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): boolean => event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;

/**
 * A spreadsheet's clipboard text as rows of cells: tab between cells, a line break between rows
 * (Windows or Unix), the final line break ignored. Quoted cells (a spreadsheet quotes a cell
 * holding a tab or a line break) lose their quotes.
 */
export function parseClipboard(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  return lines.map((line) =>
    line.split('\t').map((cell) => {
      const quoted = /^"([\s\S]*)"$/.exec(cell);
      return (quoted ? quoted[1]!.replace(/""/g, '"') : cell).trim();
    }),
  );
}

/** True when pasted text is more than one cell, so the grid spreads it instead of an input taking it. */
export const isMultiCell = (text: string): boolean => /[\t\n\r]/.test(text.replace(/\r?\n$/, ''));

export interface PastePlacement {
  placed: { row: number; col: number; text: string }[];
  /** Cells that fell outside the grid, left out. */
  outside: number;
}

/** Lays pasted rows onto the grid from the focused cell down and to the right. */
export function placePaste(
  cells: string[][],
  [row, col]: Position,
  rows: number,
  cols: number,
): PastePlacement {
  const placed: PastePlacement['placed'] = [];
  let outside = 0;
  cells.forEach((line, r) =>
    line.forEach((text, c) => {
      if (row + r < rows && col + c < cols) placed.push({ row: row + r, col: col + c, text });
      else outside += 1;
    }),
  );
  return { placed, outside };
}

/** Maps the backend's `cells.<i>` messages to draft keys, in the order the cells were sent. */
export function errorsByDraft(
  sent: readonly string[],
  fields: Record<string, string>,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const match = /^cells\.(\d+)/.exec(path);
    const key = match ? sent[Number(match[1])] : undefined;
    if (key !== undefined) errors[key] ??= message;
  }
  return errors;
}
