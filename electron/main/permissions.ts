import type { Session } from 'electron';

const ALLOWED = new Set(['notifications']);

export function isPermissionAllowed(permission: string): boolean {
  return ALLOWED.has(permission);
}

/** Denies every permission a page may ask for (camera, geolocation, ...) except notifications. */
export function lockDownPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isPermissionAllowed(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
}
