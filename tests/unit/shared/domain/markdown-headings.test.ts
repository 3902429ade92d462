import { describe, expect, it } from 'vitest';
import { shiftHeadings } from '../../../../shared/domain/markdown-headings';

describe("shiftHeadings: a lead's headings go under the export's outline", () => {
  it.each([
    ['an h1', '# Plan', '#### Plan'],
    ['an h2', '## Risks', '##### Risks'],
    ['an h3 stays at 6, the last level', '### Detail', '###### Detail'],
    ['an h6', '###### Deep', '###### Deep'],
    ['an empty heading', '#', '####'],
    ['indented up to three spaces', '  # Plan', '#### Plan'],
    ['a hashtag is not a heading', '#refunds are up', '#refunds are up'],
    ['four spaces is code', '    # not a heading', '    # not a heading'],
    ['a setext h1', 'Plan\n====', '#### Plan'],
    ['a setext h2', 'Risks\n---', '##### Risks'],
    ['a thematic break after a blank line', 'Text\n\n---', 'Text\n\n---'],
    ['a list item before --- is no heading', '- item\n---', '- item\n---'],
    [
      'fenced code is left alone',
      '```\n# comment\n```\n# After',
      '```\n# comment\n```\n#### After',
    ],
    ['a tilde fence', '~~~sh\n# comment\n~~~', '~~~sh\n# comment\n~~~'],
    ['plain text', 'Talked about **queues**.', 'Talked about **queues**.'],
  ])('%s', (_, input, expected) => {
    expect(shiftHeadings(input, 3)).toBe(expected);
  });
});
