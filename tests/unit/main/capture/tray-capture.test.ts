import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createTray } from '../../../../electron/main/tray';
import { Menu, resetFakeElectron, type MenuItemTemplate } from '../fake-electron';

vi.mock('electron', () => import('../fake-electron'));

describe('tray: quick capture', () => {
  beforeEach(() => resetFakeElectron());

  it('offers Recognise someone after Open Coachbook, and it opens the capture window', () => {
    const actions = { open: vi.fn(), quit: vi.fn(), capture: vi.fn() };
    createTray('/assets/tray.png', actions);
    const template = Menu.buildFromTemplate.mock.calls[0]![0] as MenuItemTemplate[];
    expect(template.map((i) => i.label ?? i.type)).toEqual([
      'Open Coachbook',
      'Recognise someone…',
      'separator',
      'Quit Coachbook',
    ]);
    template.find((i) => i.label === 'Recognise someone…')!.click!();
    expect(actions.capture).toHaveBeenCalledTimes(1);
    expect(actions.open).not.toHaveBeenCalled();
  });
});
