import { Text } from '@mantine/core';
import { LEVEL_GLYPHS } from '../../../shared/model/growth';

/** A level as a shape and its number ("◕ 3"): never colour alone. */
export const levelText = (level: number) => `${LEVEL_GLYPHS[level] ?? '?'} ${level}`;

/** "3 · Independent", with the team's wording of the level. */
export const levelLabel = (level: number, descriptions: string[]) =>
  `${level} · ${descriptions[level] ?? ''}`;

export function LevelGlyph({ level, descriptions }: { level: number; descriptions: string[] }) {
  return (
    <Text
      span
      size="sm"
      ff="monospace"
      className={`level-${level}`}
      aria-label={`Level ${level}: ${descriptions[level] ?? ''}`}
      title={descriptions[level]}
    >
      {levelText(level)}
    </Text>
  );
}
