import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from 'electron';

interface TrayActions {
  open(): void;
  quit(): void;
  /** Opens the quick capture window; the item is shown only when given. */
  capture?(): void;
  /** "Pause reminders for 1 hour" and "Resume reminders"; the items are shown only when given. */
  pauseReminders?(): void;
  resumeReminders?(): void;
}

/** What the tray says about reminders: the next one, and whether they are paused. */
export interface TrayReminderState {
  /** "1:1 with Ben Okafor at 13:00". */
  next: string | null;
  /** "14:05" while paused, else null. */
  pausedUntil: string | null;
}

export interface TrayHandle {
  tray: Tray;
  showReminders(state: TrayReminderState): void;
}

function tooltip({ next, pausedUntil }: TrayReminderState): string {
  if (pausedUntil) return `Coachbook: reminders paused until ${pausedUntil}`;
  return next ? `Coachbook: next, ${next}` : 'Coachbook';
}

function menu(actions: TrayActions, state: TrayReminderState | null): MenuItemConstructorOptions[] {
  const reminders: MenuItemConstructorOptions[] = [];
  if (state && actions.pauseReminders && actions.resumeReminders) {
    if (state.next) reminders.push({ label: `Next: ${state.next}`, enabled: false });
    reminders.push(
      state.pausedUntil
        ? {
            label: `Resume reminders (paused until ${state.pausedUntil})`,
            click: () => actions.resumeReminders?.(),
          }
        : { label: 'Pause reminders for 1 hour', click: () => actions.pauseReminders?.() },
      { type: 'separator' },
    );
  }
  return [
    ...reminders,
    { label: 'Open Coachbook', click: () => actions.open() },
    ...(actions.capture ? [{ label: 'Recognise someone…', click: () => actions.capture?.() }] : []),
    { type: 'separator' },
    { label: 'Quit Coachbook', click: () => actions.quit() },
  ];
}

/**
 * The tray keeps Coachbook alive while the window is closed: open it again, capture, pause
 * reminders, or quit. Its tooltip and first line say what reminder comes next.
 */
export function createTray(iconPath: string, actions: TrayActions): TrayHandle {
  const icon = nativeImage.createFromPath(iconPath);
  const tray = new Tray(icon.isEmpty() ? nativeImage.createEmpty() : icon);
  tray.setToolTip('Coachbook');
  tray.setContextMenu(Menu.buildFromTemplate(menu(actions, null)));
  tray.on('click', () => actions.open());
  return {
    tray,
    showReminders(state) {
      tray.setToolTip(tooltip(state));
      tray.setContextMenu(Menu.buildFromTemplate(menu(actions, state)));
    },
  };
}
