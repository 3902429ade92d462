import { describe, expect, it } from 'vitest';
import { MAX_PIECE_CHARS, splitMarkdown } from '../../../../renderer/components/markdown-blocks';

const paragraph = (i: number) =>
  `Paragraph ${i}: ${'we talked about the queue and the rota. '.repeat(8)}`;
const note = (count: number) => Array.from({ length: count }, (_, i) => paragraph(i)).join('\n\n');
const texts = (source: string) => splitMarkdown(source).map((p) => p.text);

describe('splitMarkdown', () => {
  it('gives back the note when its pieces are joined', () => {
    const source = `# Notes\r\n\r\n${note(200)}\n\n\n- a\n- b\n\n> quote\n\n    indented\n\n    code\n`;
    const pieces = texts(source);
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.join('\n')).toBe(source);
  });

  it('never cuts inside a fenced code block, an HTML comment or a list with blank lines', () => {
    const fence = '```js\nconst a = 1;\n\n\nconst b = 2;\n```';
    const list = '- one\n\n- two\n\n  more about two\n\n1. three';
    const comment = '<!--\n\nhidden\n\n-->';
    for (const block of [fence, list, comment]) {
      const source = `${note(20)}\n\n${block}\n\n${note(20)}`;
      expect(texts(source).some((t) => t.includes(block))).toBe(true);
    }
  });

  it('keeps the keys of pieces an edit did not touch', () => {
    const before = splitMarkdown(note(400));
    const edited = note(400).replace('Paragraph 200:', 'Paragraph 200 (edited, and longer now):');
    const after = splitMarkdown(edited);
    const old = new Set(before.map((p) => p.key));
    expect(after.filter((p) => !old.has(p.key)).length).toBeLessThanOrEqual(3);
  });

  it('cuts an oversized block at lines, closing and reopening a fence it cuts through', () => {
    const lines = Array.from({ length: 2_000 }, (_, i) => `line ${i} of a pasted transcript`);
    const pieces = texts(lines.join('\n'));
    expect(pieces.length).toBeGreaterThan(5);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(MAX_PIECE_CHARS);

    const code = texts(['~~~~', ...lines, '~~~~'].join('\n'));
    for (const piece of code) {
      expect(piece.startsWith('~~~~')).toBe(true);
      expect(piece.endsWith('~~~~')).toBe(true);
    }
  });

  it('marks pieces as plain text when parsing them would stall the page', () => {
    const plain = (source: string) => splitMarkdown(source).map((p) => p.plain);
    expect(plain(note(50)).every((p) => !p)).toBe(true);
    const deepList = Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n');
    for (const slow of ['*a'.repeat(50_000), '>'.repeat(100_000), deepList, 'word'.repeat(25_000)])
      expect(plain(slow).every((p) => p)).toBe(true);
    // A deep block alone is plain; its neighbours are still Markdown.
    expect(plain(`${note(10)}\n\n${'>'.repeat(100)} deep\n\n${note(10)}`)).toContain(false);
  });

  it('copies reference and footnote definitions into the pieces that use them', () => {
    const source = `[the ticket][t] and a note[^1]\n\n${note(60)}\n\n[t]: https://example.com/t\n[^1]: The footnote.`;
    const first = texts(source)[0]!;
    expect(first).toContain('[t]: https://example.com/t');
    expect(first).toContain('[^1]: The footnote.');
  });
});
