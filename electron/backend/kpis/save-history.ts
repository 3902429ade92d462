import { randomUUID } from 'node:crypto';
import type { CellChange } from '../../../shared/domain/kpis/undo-save';
import { AppError } from '../../../shared/ipc/errors';
import type { Clock } from '../clock';

/** How long a grid save can be undone (the toast offers it for six seconds; this is generous). */
export const UNDO_WINDOW_MS = 10 * 60_000;
/** Saves remembered at once; older ones can no longer be undone. */
const MAX_SAVES = 20;

export interface SavedChanges {
  /** Per person id: what the save did to each cell of theirs. */
  people: Map<string, CellChange[]>;
  at: number;
}

export const NO_LONGER =
  'This save can no longer be undone: undo is offered for a few minutes after a save, until Coachbook closes. Change the values in the grid instead.';

/**
 * What each recent grid save changed, kept in memory so the undo toast can take it back exactly.
 * Nothing of it is written to disk: undo is for the moments after a save, and the values' own
 * `previous` history stays for everything later.
 */
export class SaveHistory {
  private readonly saves = new Map<string, SavedChanges>();

  constructor(private readonly clock: Clock) {}

  /** Remembers one save; answers its id. */
  remember(people: Map<string, CellChange[]>): string {
    const id = randomUUID();
    this.saves.set(id, { people, at: this.clock().getTime() });
    while (this.saves.size > MAX_SAVES) this.saves.delete(this.saves.keys().next().value!);
    return id;
  }

  /**
   * Takes the save's changes out, so an undo runs once; not_found once it is too old, forgotten or
   * already undone. An undo that could not be written puts them back (`putBack`).
   */
  take(saveId: string): SavedChanges {
    const save = this.saves.get(saveId);
    this.saves.delete(saveId);
    if (!save || this.clock().getTime() - save.at > UNDO_WINDOW_MS) {
      throw new AppError('not_found', NO_LONGER);
    }
    return save;
  }

  putBack(saveId: string, save: SavedChanges): void {
    this.saves.set(saveId, save);
  }
}
