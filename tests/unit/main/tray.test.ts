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
