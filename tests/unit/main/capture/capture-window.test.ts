import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CAPTURE_SIZE,
  captureUrl,
  createCaptureWindowController,
} from '../../../../electron/main/capture/capture-window';
import { BrowserWindow, fakeEvent, resetFakeElectron, screen } from '../fake-electron';

vi.mock('electron', () => import('../fake-electron'));

function setup(quitting = false) {
  const controller = createCaptureWindowController({
    preload: '/app/preload/index.cjs',
    isQuitting: () => quitting,
  });
  controller.open();
  const window = BrowserWindow.instances[0]!;
  return { controller, window };
}

describe('capture window', () => {
  beforeEach(() => resetFakeElectron());

  it('is a small, always-on-top, hardened window on the capture route', () => {
    const { window } = setup();
    expect(window.options).toMatchObject({
      ...CAPTURE_SIZE,
      alwaysOnTop: true,
      useContentSize: true,
      resizable: false,
      skipTaskbar: true,
      show: false,
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false },
    });
    expect(window.loadURL).toHaveBeenCalledWith(
      'app://coachbook/index.html?window=capture#/capture',
    );
    expect(window.setAlwaysOnTop).toHaveBeenCalledWith(true, 'floating');
  });

  it('shows and focuses once ready, centred on the display under the pointer', () => {
    screen.displays = [
      { workArea: { x: 0, y: 0, width: 1920, height: 1080 } },
      { workArea: { x: 1920, y: 0, width: 1280, height: 900 } },
    ];
    screen.cursor = { x: 2500, y: 300 };
    const { window } = setup();
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.setPosition).toHaveBeenCalledWith(2300, 133);
    expect(window.show).toHaveBeenCalledTimes(1);
    expect(window.focus).toHaveBeenCalledTimes(1);
  });

  it('hides instead of closing, and shows the same window again on the next open', () => {
    const { controller, window } = setup();
    const event = fakeEvent();
    window.emit('close', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(window.hide).toHaveBeenCalled();

    controller.open();
    expect(BrowserWindow.instances).toHaveLength(1);
    expect(window.show).toHaveBeenCalledTimes(1);
    expect(window.focus).toHaveBeenCalledTimes(1);
  });

  it('lets the window close while the app quits, and makes a new one after', () => {
    const { controller, window } = setup(true);
    const event = fakeEvent();
    window.emit('close', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
    window.isDestroyed.mockReturnValue(true);
    expect(controller.window).toBeNull();
    controller.open();
    expect(BrowserWindow.instances).toHaveLength(2);
  });

  it('uses the dev server when there is one', () => {
    expect(captureUrl('http://localhost:5173/')).toBe(
      'http://localhost:5173/?window=capture#/capture',
    );
  });
});
