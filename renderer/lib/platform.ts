/** Apple keyboards: Cmd is the main modifier there, Ctrl everywhere else. */
export const isMac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
