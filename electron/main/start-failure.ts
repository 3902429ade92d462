import { FolderInUseError } from '../backend/storage/folder-lock';

/**
 * What the lead is shown when the backend cannot start: another Coachbook holding the data folder
 * (which one, and what to do), or any other reason. The web test host shows the same text.
 */
export function startFailure(error: unknown, dataDir: string): { title: string; message: string } {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    title:
      error instanceof FolderInUseError
        ? 'Coachbook is already open on this data folder'
        : 'Coachbook cannot open its data',
    message: `${reason}\n\nData folder: ${dataDir}`,
  };
}
