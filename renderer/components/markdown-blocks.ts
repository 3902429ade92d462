/**
 * Cuts a note into pieces that render as Markdown one by one, so a long note renders in small
 * steps (React can yield between them), an edit re-renders only the piece it touched, and a
 * pathological piece (micromark is quadratic on some inputs: 100,000 `*a` take minutes) cannot
 * hold the page.
 *
 * Pieces are cut only where Markdown itself starts afresh: at a blank line followed by a
 * non-indented line that neither continues a list nor sits inside a fenced code block or an HTML
 * block. Joined, the pieces give back the note; reference and footnote definitions are also
 * copied into each piece that uses them, since they apply to the whole note.
 */
export interface MarkdownPiece {
  /** Stable across edits elsewhere in the note: a hash of the text, plus a count for repeats. */
  key: string;
  text: string;
  /** Too large, too deeply nested or too full of emphasis markers to parse quickly: shown as text. */
  plain: boolean;
}

/** A piece grows to about this size; one of this size renders in a few milliseconds. */
const TARGET_CHARS = 2_000;
/** Above this a piece is cut at line boundaries even where Markdown would not start afresh. */
export const MAX_PIECE_CHARS = 6_000;
/** Leading spaces and `>` beyond this (outside code) mean very deep nesting: slow to parse. */
const MAX_NESTING_CHARS = 40;
/** More `*` and `_` than this in one piece make micromark's emphasis matching slow. */
const MAX_EMPHASIS_MARKS = 1_000;

const FENCE = /^[ \t]*(`{3,}|~{3,})/;
const LIST_ITEM = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const HTML_BLOCK_OPEN = /^ {0,3}<(!--|script|pre|style|textarea)(?:[\s>]|$)/i;
const DEFINITION = /^ {0,3}\[(\^?(?:[^\]\\\n]|\\.){1,200})\]:/;
const BLANK = /^[ \t\r]*$/;

interface Scan {
  fence: { marker: string; open: string } | null;
  html: string | null;
}

/** Updates the fence / HTML-block state for one line; returns true while inside either. */
function step(scan: Scan, line: string): boolean {
  if (scan.fence) {
    const close = FENCE.exec(line);
    if (
      close?.[1] &&
      close[1][0] === scan.fence.marker[0] &&
      close[1].length >= scan.fence.marker.length &&
      BLANK.test(line.slice(close[0].length))
    )
      scan.fence = null;
    return true;
  }
  if (scan.html) {
    if (line.toLowerCase().includes(scan.html)) scan.html = null;
    return true;
  }
  const fence = FENCE.exec(line);
  if (fence?.[1]) {
    scan.fence = { marker: fence[1], open: line };
    return true;
  }
  const html = HTML_BLOCK_OPEN.exec(line);
  if (html?.[1]) {
    const close = html[1] === '!--' ? '-->' : `</${html[1].toLowerCase()}>`;
    if (!line.toLowerCase().includes(close, html[0].length)) scan.html = close;
    return Boolean(scan.html);
  }
  return false;
}

/** Lines grouped into top-level blocks, each cut where Markdown starts afresh. */
function topLevelBlocks(lines: string[]): string[][] {
  const blocks: string[][] = [];
  const scan: Scan = { fence: null, html: null };
  let current: string[] = [];
  let hasList = false;
  let blankBefore = false;
  for (const line of lines) {
    const wasInside = scan.fence !== null || scan.html !== null;
    const blank = !wasInside && BLANK.test(line);
    if (
      !wasInside &&
      !blank &&
      blankBefore &&
      /^\S/.test(line) &&
      !(hasList && LIST_ITEM.test(line))
    ) {
      blocks.push(current);
      current = [];
      hasList = false;
    }
    step(scan, line);
    if (!wasInside && LIST_ITEM.test(line)) hasList = true;
    current.push(line);
    if (!wasInside) blankBefore = blank;
  }
  blocks.push(current);
  return blocks;
}

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** `*` and `_`: what micromark's emphasis matching is slow on. */
function emphasisMarks(text: string): number {
  let marks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 || c === 95) marks++;
  }
  return marks;
}

/** Whether any line outside code is nested deeper than MAX_NESTING_CHARS. */
function deeplyNested(lines: string[]): boolean {
  const scan: Scan = { fence: null, html: null };
  for (const line of lines) {
    if (step(scan, line)) continue;
    if ((/^[ \t>]*/.exec(line)?.[0].length ?? 0) > MAX_NESTING_CHARS) return true;
  }
  return false;
}

/**
 * Groups blocks into pieces of about TARGET_CHARS. A piece ends after a block whose hash says
 * so (about one block in four), so an edit that changes one block's size moves no boundary
 * far from it: the pieces after it keep their text and are not rendered again. A block too
 * deep or too full of emphasis markers to parse quickly goes alone, so its neighbours still
 * render as Markdown.
 */
function group(blocks: string[][]): string[][] {
  const pieces: string[][] = [];
  let current: string[] = [];
  let size = 0;
  let marks = 0;
  const flush = () => {
    if (current.length > 0) pieces.push(current);
    current = [];
    size = 0;
    marks = 0;
  };
  for (const block of blocks) {
    const text = block.join('\n');
    const blockMarks = emphasisMarks(text);
    if (deeplyNested(block) || blockMarks > MAX_EMPHASIS_MARKS) {
      flush();
      pieces.push(block);
      continue;
    }
    if (marks + blockMarks > MAX_EMPHASIS_MARKS) flush();
    current.push(...block);
    size += text.length + 1;
    marks += blockMarks;
    if (size >= TARGET_CHARS || (size >= TARGET_CHARS / 4 && hash(text) % 4 === 0)) flush();
  }
  flush();
  if (pieces.length === 0) pieces.push([]);
  return pieces;
}

/** Cuts an oversized piece at line boundaries, closing and reopening a fence it cuts through. */
function cutOversized(lines: string[]): string[] {
  const text = lines.join('\n');
  if (text.length <= MAX_PIECE_CHARS) return [text];
  const out: string[] = [];
  const scan: Scan = { fence: null, html: null };
  let current: string[] = [];
  let size = 0;
  for (const line of lines) {
    if (size > 0 && size + line.length > MAX_PIECE_CHARS) {
      const fence = scan.fence;
      out.push([...current, ...(fence ? [fence.marker] : [])].join('\n'));
      current = fence ? [fence.open] : [];
      size = fence ? fence.open.length + 1 : 0;
    }
    step(scan, line);
    current.push(line);
    size += line.length + 1;
  }
  out.push(current.join('\n'));
  return out;
}

/** Whether a piece would take micromark long enough to stall the page. */
function tooSlowToParse(text: string): boolean {
  return (
    text.length > MAX_PIECE_CHARS * 1.5 ||
    emphasisMarks(text) > MAX_EMPHASIS_MARKS ||
    deeplyNested(text.split('\n'))
  );
}

/** Reference and footnote definitions apply to the whole note: copy them where they are used. */
function definitions(lines: string[]): { label: string; text: string }[] {
  const found: { label: string; text: string }[] = [];
  const scan: Scan = { fence: null, html: null };
  for (let i = 0; i < lines.length && found.length < 200; i++) {
    const line = lines[i]!;
    if (step(scan, line)) continue;
    const match = DEFINITION.exec(line);
    if (!match?.[1]) continue;
    const text = [line];
    while (i + 1 < lines.length && /^[ \t]+\S/.test(lines[i + 1]!)) text.push(lines[++i]!);
    found.push({ label: `[${match[1].toLowerCase()}]`, text: text.join('\n') });
  }
  return found;
}

export function splitMarkdown(source: string): MarkdownPiece[] {
  const lines = source.split('\n');
  const texts = group(topLevelBlocks(lines)).flatMap(cutOversized);
  const defs = texts.length > 1 ? definitions(lines) : [];
  const seen = new Map<number, number>();
  return texts.map((text) => {
    const lower = defs.length > 0 ? text.toLowerCase() : '';
    const used = defs.filter(
      (d) => lower.includes(d.label) && !lower.includes(d.text.toLowerCase()),
    );
    const full = used.length > 0 ? `${text}\n\n${used.map((d) => d.text).join('\n\n')}` : text;
    const h = hash(full);
    const n = seen.get(h) ?? 0;
    seen.set(h, n + 1);
    return { key: `${h.toString(36)}-${n}`, text: full, plain: tooSlowToParse(full) };
  });
}
