import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { isPermissionAllowed, lockDownPermissions } from '../../../electron/main/permissions';

const REFUSED = [
  'media',
  'geolocation',
  'clipboard-read',
  'openExternal',
  'midi',
  'fullscreen',
  'unknown',
];

describe('permissions', () => {
  it('allows notifications and nothing else', () => {
    expect(isPermissionAllowed('notifications')).toBe(true);
    for (const permission of REFUSED)
      expect(isPermissionAllowed(permission), permission).toBe(false);
  });

  it('installs request and check handlers that follow the allow-list', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    lockDownPermissions(session as unknown as Session);

    const request = session.setPermissionRequestHandler.mock.calls[0]![0] as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    const check = session.setPermissionCheckHandler.mock.calls[0]![0] as (
      contents: unknown,
      permission: string,
    ) => boolean;

    const callback = vi.fn();
    request(null, 'notifications', callback);
    request(null, 'media', callback);
    request(null, 'geolocation', callback);
    expect(callback.mock.calls).toEqual([[true], [false], [false]]);

    expect(check(null, 'notifications')).toBe(true);
    expect(check(null, 'media')).toBe(false);
  });
});
