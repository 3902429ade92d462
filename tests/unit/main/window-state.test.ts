import { describe, expect, it } from 'vitest';
import { MIN_SIZE, restoreBounds, type Bounds } from '../../../electron/main/window-state';

const PRIMARY: Bounds = { x: 0, y: 0, width: 1920, height: 1080 };
const SECOND: Bounds = { x: 1920, y: 0, width: 1280, height: 1024 };

describe('restoreBounds', () => {
  it('keeps saved bounds that are on a display', () => {
    const saved = { x: 100, y: 80, width: 1200, height: 800 };
    expect(restoreBounds(saved, [PRIMARY])).toEqual(saved);
  });

  it('keeps bounds on a second display while it is connected', () => {
    const saved = { x: 2100, y: 100, width: 1000, height: 700 };
    expect(restoreBounds(saved, [PRIMARY, SECOND])).toEqual(saved);
    expect(restoreBounds(saved, [PRIMARY])).toBeNull();
  });

  it('answers null when the window would be off every screen', () => {
    expect(restoreBounds({ x: -5000, y: -5000, width: 1200, height: 800 }, [PRIMARY])).toBeNull();
    expect(restoreBounds({ x: 100, y: 3000, width: 1200, height: 800 }, [PRIMARY])).toBeNull();
  });

  it('needs at least 100 pixels of overlap in both directions', () => {
    const edge = (x: number) => ({ x, y: 100, width: 1000, height: 700 });
    expect(restoreBounds(edge(1820), [PRIMARY])).toEqual(edge(1820));
    expect(restoreBounds(edge(1821), [PRIMARY])).toBeNull();
  });

  it('clamps a too small window to the minimum size', () => {
    expect(restoreBounds({ x: 10, y: 20, width: 300, height: 200 }, [PRIMARY])).toEqual({
      x: 10,
      y: 20,
      width: MIN_SIZE.width,
      height: MIN_SIZE.height,
    });
  });

  it.each([
    { x: Number.NaN, y: 0, width: 1200, height: 800 },
    { x: 0, y: 0, width: Number.POSITIVE_INFINITY, height: 800 },
    { x: 0, y: 0, width: 1200, height: Number.NaN },
  ])('answers null for non-finite numbers: %j', (saved) => {
    expect(restoreBounds(saved, [PRIMARY])).toBeNull();
  });

  it('answers null when nothing was saved or there is no display', () => {
    expect(restoreBounds(null, [PRIMARY])).toBeNull();
    expect(restoreBounds({ x: 0, y: 0, width: 1200, height: 800 }, [])).toBeNull();
  });
});
