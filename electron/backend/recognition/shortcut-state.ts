import type { CaptureShortcutState } from '../../../shared/ipc/channels/recognition';
import { DEFAULT_CAPTURE_SHORTCUT } from '../../../shared/model/recognition';
import type { QuickCaptureHost } from '../context';

/** The shortcut as the shell reports it, or, without a shell, a state that says why it is off. */
export function shortcutState(host: QuickCaptureHost | undefined): CaptureShortcutState {
  if (host) return host.shortcut();
  return {
    accelerator: DEFAULT_CAPTURE_SHORTCUT,
    defaultAccelerator: DEFAULT_CAPTURE_SHORTCUT,
    active: false,
    available: false,
    message: 'The global shortcut works in the Coachbook desktop app, not in this browser.',
  };
}
