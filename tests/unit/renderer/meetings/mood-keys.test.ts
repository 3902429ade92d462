import { describe, expect, it } from 'vitest';
import { moodKey } from '../../../../renderer/features/meetings/mood-keys';

describe('moodKey', () => {
  it.each([
    ['ArrowRight', 3, { kind: 'move', to: 4 }],
    ['ArrowDown', 3, { kind: 'move', to: 4 }],
    ['ArrowLeft', 3, { kind: 'move', to: 2 }],
    ['ArrowUp', 3, { kind: 'move', to: 2 }],
    // The ends stop: 5 never becomes 1 "struggling" on one press, nor 1 a 5.
    ['ArrowRight', 5, { kind: 'move', to: 5 }],
    ['ArrowDown', 5, { kind: 'move', to: 5 }],
    ['ArrowLeft', 1, { kind: 'move', to: 1 }],
    ['ArrowUp', 1, { kind: 'move', to: 1 }],
    ['Home', 4, { kind: 'move', to: 1 }],
    ['End', 2, { kind: 'move', to: 5 }],
    ['Enter', 2, { kind: 'choose' }],
    [' ', 2, { kind: 'choose' }],
    ['Escape', 2, { kind: 'revert' }],
    ['Tab', 2, { kind: 'none' }],
    ['a', 2, { kind: 'none' }],
  ])('%j from %i', (key, from, action) => expect(moodKey(key, from)).toEqual(action));
});
