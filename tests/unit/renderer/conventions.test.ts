import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The renderer's one-way-to-build rules that a grep can check (docs/architecture.md, "Renderer
 * patterns"): colours come from the theme, and every card with a heading is a SectionCard.
 */
const ROOT = join(import.meta.dirname, '..', '..', '..');
const RENDERER = join(ROOT, 'renderer');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(tsx?|css)$/.test(entry.name) ? [path] : [];
  });
}

const files = sourceFiles(RENDERER).map((path) => ({
  name: relative(ROOT, path).replaceAll('\\', '/'),
  text: readFileSync(path, 'utf8'),
}));

/** A hex colour (`#228be6`), or an rgb/hsl function with literal numbers. */
const COLOUR_LITERAL = /#[0-9a-f]{3,8}\b(?![\w-])|\b(?:rgba?|hsla?)\(\s*\d/gi;
/** A Mantine Card (not a SectionCard) that holds a Title before it closes. */
const CARD_WITH_HEADING = /<Card\b[^>]*>(?:(?!<\/Card>)[\s\S])*?<Title\b/;

/** Where a literal colour may stand: the theme, which every other colour is named from. */
const THEME = 'renderer/app/theme.ts';

describe('renderer conventions', () => {
  it('reads the renderer', () => {
    expect(files.some((f) => f.name === THEME)).toBe(true);
    expect(files.length).toBeGreaterThan(50);
  });

  it('has no literal colour outside the theme', () => {
    const found = files
      .filter((f) => f.name !== THEME)
      .flatMap((f) => [...f.text.matchAll(COLOUR_LITERAL)].map((m) => `${f.name}: ${m[0]}`));
    expect(found).toEqual([]);
  });

  it('writes no card heading by hand: a card with a heading is a SectionCard', () => {
    const found = files
      .filter((f) => f.name !== 'renderer/components/SectionCard.tsx')
      .filter((f) => CARD_WITH_HEADING.test(f.text))
      .map((f) => f.name);
    expect(found).toEqual([]);
  });

  it('finds what it looks for', () => {
    expect('color: #228be6;'.match(COLOUR_LITERAL)).toEqual(['#228be6']);
    expect('rgba(34, 139, 230, 0.12)'.match(COLOUR_LITERAL)).toHaveLength(1);
    expect('var(--mantine-color-blue-6)'.match(COLOUR_LITERAL)).toBeNull();
    expect('<a href="#main-content">'.match(COLOUR_LITERAL)).toBeNull();
    const card = '<Card withBorder>\n  <Title order={3}>Spread</Title>\n</Card>';
    expect(card.match(CARD_WITH_HEADING)).toHaveLength(1);
    expect(
      '<Card withBorder><Text>7</Text></Card><Title>Next</Title>'.match(CARD_WITH_HEADING),
    ).toBeNull();
  });
});
