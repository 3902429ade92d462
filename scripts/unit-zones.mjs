// Runs the schedule and date rules' unit tests again in other time zones, so a rule that only
// holds in the machine's zone fails in CI. Each run writes its own JSON report into reports/,
// which scripts/test-summary.mjs adds up.
import { spawnSync } from 'node:child_process';

export const ZONES = ['America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'America/Santiago'];
const RULE_TESTS = [
  'tests/unit/shared/domain',
  'tests/unit/backend/meetings',
  'tests/unit/backend/today',
  'tests/unit/backend/people',
  'tests/unit/backend/feedback',
  'tests/unit/backend/export',
  'tests/unit/backend/growth',
  'tests/unit/backend/reminders',
  'tests/unit/renderer/lib',
];

let failed = false;
for (const zone of ZONES) {
  const report = `reports/unit-${zone.replace('/', '-')}.json`;
  console.log(`\nUnit tests of the rules in ${zone}`);
  const run = spawnSync(
    process.execPath,
    [
      'node_modules/vitest/vitest.mjs',
      'run',
      ...RULE_TESTS,
      '--reporter=dot',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    { stdio: 'inherit', env: { ...process.env, TZ: zone } },
  );
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
