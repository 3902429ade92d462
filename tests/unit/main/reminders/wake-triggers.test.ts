import type { PowerMonitor } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchWakeTriggers } from '../../../../electron/main/reminders/wake-triggers';
import { powerMonitor, resetFakeElectron } from '../fake-electron';

vi.mock('electron', () => import('../fake-electron'));

function setup() {
  const wake = vi.fn();
  let zone = 'Europe/Berlin';
  const stop = watchWakeTriggers({
    powerMonitor: powerMonitor as unknown as PowerMonitor,
    wake,
    timeZone: () => zone,
  });
  return { wake, stop, moveTo: (next: string) => (zone = next) };
}

describe('watchWakeTriggers', () => {
  beforeEach(() => {
    resetFakeElectron();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('wakes the engine on resume, unlock and when the lead comes back', () => {
    const { wake } = setup();
    powerMonitor.emit('resume');
    powerMonitor.emit('unlock-screen');
    powerMonitor.emit('user-did-become-active');
    expect(wake.mock.calls).toEqual([['resume'], ['unlock'], ['active']]);
  });

  it('wakes it once within a minute of a time-zone change, and not while it stays', () => {
    const { wake, moveTo } = setup();
    vi.advanceTimersByTime(5 * 60_000);
    expect(wake).not.toHaveBeenCalled();
    moveTo('America/New_York');
    vi.advanceTimersByTime(60_000);
    expect(wake.mock.calls).toEqual([['timezone']]);
    vi.advanceTimersByTime(10 * 60_000);
    expect(wake).toHaveBeenCalledTimes(1);
  });

  it('does not wake twice when a resume already noticed the new zone', () => {
    const { wake, moveTo } = setup();
    moveTo('Asia/Tokyo');
    powerMonitor.emit('resume');
    vi.advanceTimersByTime(60_000);
    expect(wake.mock.calls).toEqual([['resume']]);
  });

  it('stops listening when stopped', () => {
    const { wake, stop, moveTo } = setup();
    stop();
    powerMonitor.emit('resume');
    moveTo('Asia/Tokyo');
    vi.advanceTimersByTime(5 * 60_000);
    expect(wake).not.toHaveBeenCalled();
  });
});
