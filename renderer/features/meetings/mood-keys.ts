export const MOOD_MIN = 1;
export const MOOD_MAX = 5;

/** What a key does on the mood control. */
export type MoodKey =
  { kind: 'move'; to: number } | { kind: 'choose' } | { kind: 'revert' } | { kind: 'none' };

/**
 * Keys on the 1-5 mood control. Arrows (and Home/End) move the choice one step, stopping at the
 * ends: 5 never wraps to 1 "struggling" on one press. Moving saves nothing; Enter or Space
 * chooses (and so does a click, or leaving the control with a moved choice); Escape goes back to
 * what is saved. `from` is the choice shown, or the radio under focus when there is none.
 */
export function moodKey(key: string, from: number): MoodKey {
  const step = (by: number) => ({
    kind: 'move' as const,
    to: Math.min(MOOD_MAX, Math.max(MOOD_MIN, from + by)),
  });
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return step(1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return step(-1);
    case 'Home':
      return { kind: 'move', to: MOOD_MIN };
    case 'End':
      return { kind: 'move', to: MOOD_MAX };
    case 'Enter':
    case ' ':
      return { kind: 'choose' };
    case 'Escape':
      return { kind: 'revert' };
    default:
      return { kind: 'none' };
  }
}
