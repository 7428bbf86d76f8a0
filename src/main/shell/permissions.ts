import type { Session } from 'electron';

/**
 * Rapport needs no camera, microphone, location, notifications, devices or clipboard
 * reads: every permission is refused, whether the page asks for it or only checks it.
 */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, grant) => grant(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
