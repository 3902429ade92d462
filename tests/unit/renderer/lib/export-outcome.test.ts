import { notifications, notificationsStore } from '@mantine/notifications';
import { afterEach, describe, expect, it } from 'vitest';
import { exportOutcomeToast, showExportOutcomes } from '../../../../renderer/lib/export-outcome';
import { exportedTo } from '../../../../renderer/lib/save-file';
import type { CoachbookApi } from '../../../../shared/ipc/create-api';
import type { ExportSaved } from '../../../../shared/ipc/events';

/** window.coachbook.events with `export:saved` fired by hand. */
function fakeEvents() {
  const listeners = new Set<(outcome: ExportSaved) => void>();
  const events = {
    on: (event: string, listener: (outcome: ExportSaved) => void) => {
      if (event !== 'export:saved') return () => undefined;
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  } as unknown as CoachbookApi['events'];
  return { events, fire: (outcome: ExportSaved) => listeners.forEach((l) => l(outcome)) };
}

const shown = () =>
  notificationsStore.getState().notifications.map((n) => ({
    color: n.color,
    title: n.title,
    message: n.message,
  }));

describe('the export outcome toast', () => {
  afterEach(() => notifications.clean());

  it.each<[ExportSaved, ReturnType<typeof exportOutcomeToast>]>([
    [
      { fileName: 'ana.md', path: '/home/ana/Documents/ana.md', state: 'completed' },
      { color: 'teal', message: 'Saved to /home/ana/Documents/ana.md' },
    ],
    [
      { fileName: 'ana.md', path: null, state: 'completed' },
      { color: 'teal', message: 'Saved ana.md.' },
    ],
    [
      { fileName: 'kpis.csv', path: null, state: 'cancelled' },
      { color: 'gray', message: 'Export cancelled: kpis.csv was not saved.' },
    ],
    [
      { fileName: 'kpis.csv', path: 'E:\\exports\\kpis.csv', state: 'interrupted' },
      {
        color: 'red',
        title: 'Export failed',
        message:
          'Coachbook could not write kpis.csv to E:\\exports\\kpis.csv. Check that the folder still exists, that you may save there and that the disk has room, then export again.',
      },
    ],
    [
      { fileName: 'kpis.csv', path: null, state: 'interrupted' },
      {
        color: 'red',
        title: 'Export failed',
        message:
          'Coachbook could not write kpis.csv. Check that the folder still exists, that you may save there and that the disk has room, then export again.',
      },
    ],
  ])('%o', (outcome, toast) => {
    expect(exportOutcomeToast(outcome)).toEqual(toast);
  });

  it('shows each reported outcome once, until unsubscribed', () => {
    const { events, fire } = fakeEvents();
    const stop = showExportOutcomes(events);
    fire({ fileName: 'ana.md', path: '/tmp/ana.md', state: 'completed' });
    fire({ fileName: 'kpis.csv', path: null, state: 'cancelled' });
    expect(shown()).toEqual([
      { color: 'teal', title: undefined, message: 'Saved to /tmp/ana.md' },
      { color: 'gray', title: undefined, message: 'Export cancelled: kpis.csv was not saved.' },
    ]);
    stop();
    fire({ fileName: 'b.md', path: '/tmp/b.md', state: 'completed' });
    expect(shown()).toHaveLength(2);
  });

  it('names the downloads folder in a browser, and waits for the Save dialog in Electron', () => {
    expect(exportedTo('ana.md')).toBe("Exported ana.md, to your browser's downloads folder.");
    const userAgent = navigator.userAgent;
    Object.defineProperty(navigator, 'userAgent', {
      value: `${userAgent} Electron/45.4.1`,
      configurable: true,
    });
    (window as unknown as { coachbook: unknown }).coachbook = {};
    try {
      expect(exportedTo('ana.md')).toBe('');
    } finally {
      Object.defineProperty(navigator, 'userAgent', { value: userAgent, configurable: true });
      delete (window as unknown as { coachbook?: unknown }).coachbook;
    }
  });
});
