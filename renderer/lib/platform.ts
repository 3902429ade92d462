/** The modifier key people on this platform read in shortcuts. */
export const modKey = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)
  ? 'Cmd'
  : 'Ctrl';
