import { notifications } from '@mantine/notifications';
import type { SaveValuesResult, UndoSaveResult } from '../../../shared/ipc/channels/kpis';
import { api } from '../../lib/api';
import { showUndoToast } from '../../lib/undo-toast';

const values = (n: number) => (n === 1 ? '1 value' : `${n} values`);

/** "8 values saved.", "1 value saved, 2 values cleared.", or "Nothing had changed." */
export function savedMessage({ saved, cleared }: SaveValuesResult): string {
  const parts = [
    saved > 0 && `${values(saved)} saved`,
    cleared > 0 && `${values(cleared)} cleared`,
  ];
  const said = parts.filter(Boolean);
  return said.length > 0 ? `${said.join(', ')}.` : 'Nothing had changed.';
}

/** After Undo: what came back, and what was kept because it changed again since the save. */
export function undoneMessage({ restored, kept }: UndoSaveResult): string {
  const back = restored > 0 ? `${values(restored)} put back as before the save.` : '';
  const keptText =
    kept === 0
      ? ''
      : `${kept === 1 ? '1 value was' : `${kept} values were`} changed again since, so ${kept === 1 ? 'it was' : 'they were'} kept.`;
  return [back, keptText].filter(Boolean).join(' ') || 'Nothing was left to undo.';
}

/**
 * The toast after a grid save: what it did and, when it changed something, "Undo" for a few
 * seconds, which puts back exactly what the save replaced (`kpis:undoSave`). The grid refreshes
 * from the change signal, as after any write; a failed undo gets the usual failure toast.
 */
export function showSaved(result: SaveValuesResult): void {
  const message = savedMessage(result);
  const { saveId } = result;
  if (saveId === null) {
    notifications.show({ color: 'teal', message });
    return;
  }
  showUndoToast(message, async () => {
    const undone = await api.kpis.undoSave({ saveId });
    notifications.show({ color: 'teal', message: undoneMessage(undone) });
  });
}
