import { useState } from 'react';
import { api } from '../../lib/api';
import { useAction } from '../../lib/use-action';
import { cellKey } from './coverage-text';

interface Pending {
  level: number;
  /** Writes of this cell still on their way. */
  inFlight: number;
  /** When the last write was answered; the next refresh of the matrix after it is the truth. */
  settledAt: number | null;
}

/**
 * Levels typed into the matrix show at once, before the backend answers and the change event
 * refreshes the grid; a failed write puts the cell back (and the toast says why).
 */
export function usePendingLevels(dataUpdatedAt: number) {
  const [pending, setPending] = useState<ReadonlyMap<string, Pending>>(new Map());
  const change = (key: string, update: (p: Pending | undefined) => Pending | undefined) =>
    setPending((current) => {
      const next = new Map(current);
      const value = update(current.get(key));
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });

  const save = useAction(async (input: { personId: string; skillId: string; level: number }) => {
    const key = cellKey(input.personId, input.skillId);
    change(key, (p) => ({ level: input.level, inFlight: (p?.inFlight ?? 0) + 1, settledAt: null }));
    try {
      const result = await api.growth.setLevel(input);
      change(
        key,
        (p) =>
          p && { ...p, inFlight: p.inFlight - 1, settledAt: p.inFlight > 1 ? null : Date.now() },
      );
      return result;
    } catch (error) {
      change(key, () => undefined);
      throw error;
    }
  });

  /** Cell keys to the level to show instead of the backend's, while it catches up. */
  const shown = new Map<string, number>();
  for (const [key, p] of pending) {
    if (p.inFlight > 0 || p.settledAt === null || dataUpdatedAt <= p.settledAt) {
      shown.set(key, p.level);
    }
  }
  return { pending: shown, setLevel: save.run };
}
