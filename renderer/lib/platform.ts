/** Apple keyboards: Cmd is the main modifier there, Ctrl everywhere else. */
export const isMac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** The modifier key people on this platform read in shortcuts. */
export const modKey = isMac ? 'Cmd' : 'Ctrl';
