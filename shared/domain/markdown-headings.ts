/**
 * Moves the headings of a lead's own Markdown (1:1 notes) below the export's outline: with
 * `under` 3 (the notes sit under a `###` heading), `# Plan` becomes `#### Plan` and `## Risks`
 * `##### Risks`; levels past 6, Markdown's last, stay at 6. Setext headings (a line underlined
 * with `===` or `---`) become ATX headings at their new level. Fenced code is left as written.
 */
export function shiftHeadings(markdown: string, under: number): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  let fence: string | null = null;
  const level = (original: number) => Math.min(6, original + under);
  for (const line of lines) {
    const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
      out.push(line);
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      out.push(line);
      continue;
    }
    const atx = /^ {0,3}(#{1,6})(?=\s|$)(.*)$/.exec(line);
    if (atx) {
      out.push(`${'#'.repeat(level(atx[1]!.length))}${atx[2]}`);
      continue;
    }
    const setext = /^ {0,3}(=+|-+)\s*$/.exec(line);
    const previous = out.at(-1);
    if (setext && previous !== undefined && isParagraphLine(previous)) {
      out[out.length - 1] =
        `${'#'.repeat(level(setext[1]![0] === '=' ? 1 : 2))} ${previous.trim()}`;
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}

/** A line that can be the text of a setext heading: not blank, a heading, a list item or a quote. */
function isParagraphLine(line: string): boolean {
  return (
    line.trim() !== '' &&
    !/^ {0,3}#/.test(line) &&
    !/^ {0,3}([-*+]|\d+[.)])(\s|$)/.test(line) &&
    !/^ {0,3}>/.test(line) &&
    !/^ {4}/.test(line)
  );
}
