// The renderer's size at start (issue 12, "Fast to open"): the JavaScript index.html loads before
// Today can show, measured as `npm run bench` prints it, on the build these specs run against.
// A budget, not a timing: the same build always weighs the same.
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { rendererSizes } from '../../../scripts/bench/renderer-size';
import { repoRoot } from '../hosts/paths';

const KIB = 1024;

test('the JavaScript loaded at start is at most 350 KB gzip; charts and Markdown load later', async () => {
  const sizes = await rendererSizes(join(repoRoot, 'out/renderer'));
  expect(sizes.initialJs.files).toBeGreaterThan(0);
  expect(sizes.initialJs.gzip).toBeLessThanOrEqual(350 * KIB);
  // What was split off stays split off: the lazy chunks are not empty.
  expect(sizes.lazyJs.files).toBeGreaterThan(0);
  expect(sizes.lazyJs.raw).toBeGreaterThan(sizes.initialJs.raw / 2);
});
