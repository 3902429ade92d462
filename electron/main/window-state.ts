export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Bounds | null;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1200, height: 800 };
export const MIN_SIZE = { width: 880, height: 600 };

/**
 * The saved bounds if they still overlap a display by a usable margin (a monitor may have been
 * unplugged since), clamped to the minimum size; otherwise null, to let the OS centre the window.
 */
export function restoreBounds(saved: Bounds | null, workAreas: Bounds[]): Bounds | null {
  if (!saved || ![saved.x, saved.y, saved.width, saved.height].every(Number.isFinite)) return null;
  const bounds = {
    ...saved,
    width: Math.max(saved.width, MIN_SIZE.width),
    height: Math.max(saved.height, MIN_SIZE.height),
  };
  const visible = workAreas.some((area) => overlap(bounds, area) >= 100);
  return visible ? bounds : null;
}

function overlap(a: Bounds, b: Bounds): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return Math.min(width, height);
}
