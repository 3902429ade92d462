import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createTray } from '../../../electron/main/tray';
import { Menu, nativeImage, resetFakeElectron, Tray, type MenuItemTemplate } from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

function setup() {
  const actions = { open: vi.fn(), quit: vi.fn() };
  createTray('/assets/tray.png', actions);
  const template = Menu.buildFromTemplate.mock.calls[0]![0] as MenuItemTemplate[];
  const item = (label: string) => template.find((i) => i.label === label);
  return { actions, template, item, tray: Tray.instances[0]! };
}

describe('createTray', () => {
  beforeEach(() => resetFakeElectron());

  it('offers Open Coachbook and Quit Coachbook in its menu', () => {
    const { template, tray } = setup();
    expect(template.map((i) => i.label ?? i.type)).toEqual([
      'Open Coachbook',
      'separator',
      'Quit Coachbook',
    ]);
    expect(tray.setContextMenu).toHaveBeenCalledWith({ items: template });
    expect(tray.setToolTip).toHaveBeenCalledWith('Coachbook');
  });

  it('opens the window from the Open item and quits from the Quit item', () => {
    const { actions, item } = setup();
    item('Open Coachbook')!.click!();
    expect(actions.open).toHaveBeenCalledTimes(1);
    expect(actions.quit).not.toHaveBeenCalled();

    item('Quit Coachbook')!.click!();
    expect(actions.quit).toHaveBeenCalledTimes(1);
    expect(actions.open).toHaveBeenCalledTimes(1);
  });

  it('opens the window when the tray icon is clicked', () => {
    const { actions, tray } = setup();
    tray.emit('click');
    expect(actions.open).toHaveBeenCalledTimes(1);
  });

  it('uses an empty image when the icon file is missing', () => {
    const { tray } = setup();
    expect(nativeImage.createFromPath).toHaveBeenCalledWith('/assets/tray.png');
    expect(tray.image).toEqual({ empty: true });
  });

  it('uses the icon file when it exists', () => {
    nativeImage.empty = false;
    const { tray } = setup();
    expect(tray.image).toBe(nativeImage.createFromPath.mock.results[0]!.value);
    expect(nativeImage.createEmpty).not.toHaveBeenCalled();
  });
});

describe('the tray and reminders', () => {
  beforeEach(() => resetFakeElectron());

  function withReminders() {
    const actions = {
      open: vi.fn(),
      quit: vi.fn(),
      pauseReminders: vi.fn(),
      resumeReminders: vi.fn(),
    };
    const handle = createTray('/assets/tray.png', actions);
    const lastMenu = () => Menu.buildFromTemplate.mock.lastCall![0] as MenuItemTemplate[];
    return { actions, handle, lastMenu, tray: Tray.instances[0]! };
  }

  it('says what is next in its tooltip and first line, and offers a pause', () => {
    const { handle, lastMenu, tray, actions } = withReminders();
    handle.showReminders({ next: '1:1 with Ben Okafor at 13:00', pausedUntil: null });
    expect(tray.setToolTip).toHaveBeenLastCalledWith(
      'Coachbook: next, 1:1 with Ben Okafor at 13:00',
    );
    const menu = lastMenu();
    expect(menu[0]).toMatchObject({ label: 'Next: 1:1 with Ben Okafor at 13:00', enabled: false });
    const pause = menu.find((i) => i.label === 'Pause reminders for 1 hour')!;
    pause.click!();
    expect(actions.pauseReminders).toHaveBeenCalledOnce();
    expect(menu.map((i) => i.label)).toContain('Open Coachbook');
  });

  it('offers Resume while paused, and says until when', () => {
    const { handle, lastMenu, tray, actions } = withReminders();
    handle.showReminders({ next: null, pausedUntil: '14:05' });
    expect(tray.setToolTip).toHaveBeenLastCalledWith('Coachbook: reminders paused until 14:05');
    const menu = lastMenu();
    expect(menu.some((i) => i.label?.startsWith('Next:'))).toBe(false);
    menu.find((i) => i.label === 'Resume reminders (paused until 14:05)')!.click!();
    expect(actions.resumeReminders).toHaveBeenCalledOnce();
    expect(menu.some((i) => i.label === 'Pause reminders for 1 hour')).toBe(false);
  });

  it('shows no reminder items without the pause actions', () => {
    const handle = createTray('/assets/tray.png', { open: vi.fn(), quit: vi.fn() });
    handle.showReminders({ next: 'x', pausedUntil: null });
    const menu = Menu.buildFromTemplate.mock.lastCall![0] as MenuItemTemplate[];
    expect(menu.map((i) => i.label ?? i.type)).toEqual([
      'Open Coachbook',
      'separator',
      'Quit Coachbook',
    ]);
  });
});
