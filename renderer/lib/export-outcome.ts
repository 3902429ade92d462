import { notifications } from '@mantine/notifications';
import type { CoachbookApi } from '../../shared/ipc/create-api';
import type { ExportSaved } from '../../shared/ipc/events';

export interface ExportToast {
  color: 'teal' | 'gray' | 'red';
  title?: string;
  message: string;
}

/** What the lead is told once the Save dialog of an export has closed and the write ended. */
export function exportOutcomeToast({ fileName, path, state }: ExportSaved): ExportToast {
  switch (state) {
    case 'completed':
      return { color: 'teal', message: path ? `Saved to ${path}` : `Saved ${fileName}.` };
    case 'cancelled':
      return { color: 'gray', message: `Export cancelled: ${fileName} was not saved.` };
    case 'interrupted':
      return {
        color: 'red',
        title: 'Export failed',
        message: `Coachbook could not write ${fileName}${path ? ` to ${path}` : ''}. Check that the folder still exists, that you may save there and that the disk has room, then export again.`,
      };
  }
}

/**
 * Shows the outcome of every export the main process reports (`export:saved`, Electron only:
 * electron/main/downloads.ts). Mounted once in `App`; answers the unsubscribe.
 */
export function showExportOutcomes(events: CoachbookApi['events']): () => void {
  return events.on('export:saved', (outcome) => {
    notifications.show({ ...exportOutcomeToast(outcome) });
  });
}
