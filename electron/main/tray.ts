import { Menu, Tray, nativeImage } from 'electron';

interface TrayActions {
  open(): void;
  quit(): void;
  /** Opens the quick capture window; the item is shown only when given. */
  capture?(): void;
}

/** The tray keeps Coachbook alive while the window is closed: open it again, capture, or quit. */
export function createTray(iconPath: string, actions: TrayActions): Tray {
  const icon = nativeImage.createFromPath(iconPath);
  const tray = new Tray(icon.isEmpty() ? nativeImage.createEmpty() : icon);
  tray.setToolTip('Coachbook');
  tray.setContextMenu(
    Menu.buildFromTemplate([
      { label: 'Open Coachbook', click: () => actions.open() },
      ...(actions.capture
        ? [{ label: 'Recognise someone…', click: () => actions.capture?.() }]
        : []),
      { type: 'separator' },
      { label: 'Quit Coachbook', click: () => actions.quit() },
    ]),
  );
  tray.on('click', () => actions.open());
  return tray;
}
