import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { personKind } from '../../../../electron/backend/people/person-kind';
import {
  applyMigration,
  upgrade,
  type DocumentKind,
} from '../../../../electron/backend/storage/migrations';
import { teamKind } from '../../../../electron/backend/team/team-kind';

/**
 * Every migration step has a committed pair in fixtures/migrations: `<kind>-v<N>-to-v<N+1>.old.json`
 * (a file as format N wrote it) and `.expected.json` (what the step must turn it into). Adding a
 * migration means adding its pair; no test here changes (docs/storage.md).
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'migrations');
const KINDS: Record<string, DocumentKind<unknown>> = {
  [personKind.label]: personKind,
  [teamKind.label]: teamKind,
};

const readFixture = (name: string) =>
  JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Record<string, unknown>;

const steps = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.old.json'))
  .map((name) => {
    const step = name.slice(0, -'.old.json'.length);
    const match = /^([a-z]+)-v(\d+)-to-v(\d+)$/.exec(step);
    if (!match) throw new Error(`${name} is not named <kind>-v<N>-to-v<N+1>.old.json`);
    const kind = KINDS[match[1]!];
    if (!kind) throw new Error(`${name} names no document kind`);
    return { step, kind, from: Number(match[2]), to: Number(match[3]) };
  })
  .sort((a, b) => a.step.localeCompare(b.step));

describe('each migration turns its committed old file into its committed expected file', () => {
  it.each(steps)('$step', ({ step, kind, from, to }) => {
    expect(to).toBe(from + 1);
    const migration = kind.migrations.find((m) => m.from === from);
    expect(migration, `no ${kind.label} migration from format ${from}`).toBeDefined();
    const old = readFixture(`${step}.old.json`);
    expect(old.schemaVersion).toBe(from);

    const migrated = applyMigration(old, migration!);
    expect(migrated).toEqual(readFixture(`${step}.expected.json`));
    expect(old).toEqual(readFixture(`${step}.old.json`));
  });
});

describe.each(Object.values(KINDS))('$label migrations', (kind) => {
  it('each has a fixture pair', () => {
    const names = steps.filter((s) => s.kind === kind).map((s) => s.step);
    for (const { from } of kind.migrations) {
      expect(names).toContain(`${kind.label}-v${from}-to-v${from + 1}`);
    }
  });

  it('end in the current shape: the newest expected file is valid as it is', () => {
    if (kind.version === 1) return;
    const newest = readFixture(
      `${kind.label}-v${kind.version - 1}-to-v${kind.version}.expected.json`,
    );
    expect(upgrade(newest, kind)).toEqual({ document: newest, migrated: false });
  });

  it('bring every old file up to a valid current document', () => {
    for (const { step } of steps.filter((s) => s.kind === kind)) {
      const { document } = upgrade(readFixture(`${step}.old.json`), kind);
      expect(document).toMatchObject({ schemaVersion: kind.version });
    }
  });
});
