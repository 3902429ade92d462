import { describe, expect, it, vi } from 'vitest';
import type { LoginItemHost } from '../../../../electron/backend/context';
import type { StartAtLoginState } from '../../../../shared/ipc/channels/app';
import { errorOf, startBackend, valueOf } from '../../helpers/backend';
import { useTempDir } from '../../helpers/temp-dir';

/** A login item the test can refuse, as the system sometimes does. */
function fakeLoginItems(refuse: string | null = null) {
  let enabled = false;
  const host: LoginItemHost = {
    state: async () => ({ available: true, enabled, message: null }),
    set: vi.fn(async (next: boolean) => {
      if (refuse) return { ok: false as const, message: refuse };
      enabled = next;
      return { ok: true as const };
    }),
  };
  return host;
}

describe('app:startAtLogin and app:setStartAtLogin', () => {
  const dir = useTempDir();

  it('turns start at login on and off through the host, answering the new state', async () => {
    const backend = await startBackend(dir(), { loginItems: fakeLoginItems() });
    expect(valueOf(await backend.invoke('app:startAtLogin', undefined))).toEqual({
      available: true,
      enabled: false,
      message: null,
    });
    const on = valueOf<StartAtLoginState>(
      await backend.invoke('app:setStartAtLogin', { enabled: true }),
    );
    expect(on.enabled).toBe(true);
    const off = valueOf<StartAtLoginState>(
      await backend.invoke('app:setStartAtLogin', { enabled: false }),
    );
    expect(off.enabled).toBe(false);
  });

  it("passes on the system's reason when it refused", async () => {
    const loginItems = fakeLoginItems('Access denied.');
    const backend = await startBackend(dir(), { loginItems });
    const error = errorOf(await backend.invoke('app:setStartAtLogin', { enabled: true }));
    expect(error).toMatchObject({
      code: 'conflict',
      message: 'Start at login was not turned on: Access denied.',
    });
  });

  it('refuses anything but a yes or no, and calls nothing', async () => {
    const loginItems = fakeLoginItems();
    const backend = await startBackend(dir(), { loginItems });
    for (const input of [{ enabled: 'yes' }, {}, null]) {
      expect(errorOf(await backend.invoke('app:setStartAtLogin', input)).code).toBe(
        'invalid_input',
      );
    }
    expect(loginItems.set).not.toHaveBeenCalled();
  });

  it('says plainly that a browser cannot start with the computer (no host)', async () => {
    const backend = await startBackend(dir());
    const state = valueOf<StartAtLoginState>(await backend.invoke('app:startAtLogin', undefined));
    expect(state).toMatchObject({ available: false, enabled: false });
    expect(state.message).toContain('desktop app');
    const error = errorOf(await backend.invoke('app:setStartAtLogin', { enabled: true }));
    expect(error.code).toBe('conflict');
  });
});
