// Prints one line for CI from the JSON reports vitest and Playwright write into reports/
// (not test-results/, which Playwright empties when it starts):
// `tests: N passed, N failed` (and `, N skipped` when any were skipped).
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);
let passed = 0;
let failed = 0;
let skipped = 0;

// reports/unit.json, and one reports/unit-<zone>.json per extra time zone (scripts/unit-zones.mjs).
const unitReports = existsSync('reports')
  ? readdirSync('reports').filter((f) => /^unit(-.+)?\.json$/.test(f))
  : [];
for (const file of unitReports) {
  const unit = read(`reports/${file}`);
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
}
const e2e = read('reports/e2e.json');
if (e2e) {
  passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
  // Errors outside any test (a broken config, a crashed global setup) count as a failure.
  if (e2e.errors?.length && e2e.stats.unexpected === 0) failed += 1;
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
