import { readFileSync } from 'node:fs';
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentFile } from '../../../../electron/backend/storage/document-file';
import { upgrade } from '../../../../electron/backend/storage/migrations';
import { newTeamDocument, TEAM_FILE, teamKind } from '../../../../electron/backend/team/team-kind';
import type { QuestionBankView } from '../../../../shared/ipc/channels/questions';
import type { TeamDocument } from '../../../../shared/model/documents';
import { startBackend, valueOf } from '../../helpers/backend';
import { fixedClock } from '../../helpers/people';
import { readJson, storeContext } from '../../helpers/store';
import { useTempDir } from '../../helpers/temp-dir';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'team-v1.json');

/** A format 1 file after every migration: the current shape. */
const readMigrationFixture = (name: string) =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, '..', 'fixtures', 'migrations', name), 'utf8'),
  ) as Record<string, unknown>;

/** Format 5's starting metrics, as its frozen fixture has them, stamped with the team's creation. */
const kpisCreatedAt = (createdAt: string) => {
  const kpis = readMigrationFixture('team-v4-to-v5.expected.json').kpis as {
    metrics: Record<string, unknown>[];
  };
  return { ...kpis, metrics: kpis.metrics.map((m) => ({ ...m, createdAt })) };
};

const UPGRADED = {
  schemaVersion: 5,
  createdAt: '2026-02-10T08:00:00.000Z',
  values: [
    'Customer first',
    'Ownership',
    'Teamwork',
    'Clear communication',
    'Empathy',
    'Going the extra mile',
    'Learning',
  ],
  questionBank: { custom: [], overrides: {}, templates: [] },
  preferences: { recognitionGapDays: 14, weekStartsOn: 'locale' },
  // Format 4's starting groups, level descriptions and templates, as its frozen fixture has them.
  growth: readMigrationFixture('team-v3-to-v4.expected.json').growth,
  kpis: kpisCreatedAt('2026-02-10T08:00:00.000Z'),
};

async function fixture(): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(FIXTURE, 'utf8')) as Record<string, unknown>;
}

describe('a format 1 team file (fixture team-v1.json) upgraded to the current format', () => {
  const dir = useTempDir();

  it('adds the default values, an empty question bank and the default preferences', async () => {
    const { document, migrated } = upgrade(await fixture(), teamKind);
    expect(migrated).toBe(true);
    expect(document).toEqual(UPGRADED);
  });

  it('keeps the original createdAt', async () => {
    const old = { ...(await fixture()), createdAt: '2025-12-31T23:00:00.000Z' };
    expect(upgrade(old, teamKind).document.createdAt).toBe('2025-12-31T23:00:00.000Z');
  });

  it('rewrites team.json on disk in the current format when it is opened', async () => {
    await copyFile(FIXTURE, join(dir(), TEAM_FILE));
    const file = await DocumentFile.open<TeamDocument>(TEAM_FILE, teamKind, storeContext(dir()));
    expect(file?.data).toEqual(UPGRADED);
    expect(await readJson(join(dir(), TEAM_FILE))).toEqual(UPGRADED);
  });

  it('lets a backend start on a v1 team file and use the question bank', async () => {
    await copyFile(FIXTURE, join(dir(), TEAM_FILE));
    const backend = await startBackend(dir());
    const bank = valueOf<QuestionBankView>(await backend.invoke('questions:list', undefined));
    expect(bank.prompts.length).toBeGreaterThan(0);
    expect(await readJson(join(dir(), TEAM_FILE))).toMatchObject({ schemaVersion: 5 });
  });

  it('writes a new team file in the current shape', () => {
    expect(newTeamDocument(fixedClock())).toEqual({
      ...UPGRADED,
      createdAt: fixedClock().toISOString(),
      kpis: kpisCreatedAt(fixedClock().toISOString()),
    });
  });
});
