import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { personKind } from '../../../../electron/backend/people/person-kind';
import { DocumentFile } from '../../../../electron/backend/storage/document-file';
import {
  NewerVersionError,
  upgrade,
  type DocumentKind,
} from '../../../../electron/backend/storage/migrations';
import type { PersonDocument } from '../../../../shared/model/documents';
import { backupPath, readJson, storeContext } from '../../helpers/store';
import { useTempDir } from '../../helpers/temp-dir';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'person-v1.json');
const ID = '0f8e2c4a-5b1d-4e7f-9a3c-2d6b8e1f4a70';
const REL = `people/${ID}.json`;

const UPGRADED_PERSON = {
  id: ID,
  name: 'Priya Raman',
  role: 'Tier 2 Support',
  email: 'priya@example.com',
  startDate: '2024-09-02',
  cadence: {
    frequency: 'weekly',
    weekday: 2,
    time: '10:00',
    weekOfMonth: 1,
    startsOn: '2026-02-10',
  },
  skills: ['Billing', 'API'],
  tags: [],
  note: 'Wants to grow into a team lead role.',
  status: 'active',
  archivedAt: null,
  createdAt: '2026-02-10T08:15:00.000Z',
  updatedAt: '2026-06-01T12:00:00.000Z',
};

async function fixture(): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(FIXTURE, 'utf8')) as Record<string, unknown>;
}

/**
 * What a v1 file becomes once every migration has run (1 -> 2 -> 3 -> 4 -> 5), spelled out: built with a
 * live model helper, it would follow that helper and hide a changed migration.
 */
const UPGRADED = {
  schemaVersion: 5,
  person: UPGRADED_PERSON,
  schedule: { exceptions: [], pastCadences: [] },
  meetings: [],
  talkingPoints: [],
  actionItems: [],
  feedback: [],
  recognitions: [],
  growth: { goals: [], trainings: [], skills: [], absences: [] },
  kpis: { values: [] },
};

describe('person migrations 1 -> ... -> 5 (fixture person-v1.json)', () => {
  const dir = useTempDir();

  it('upgrades the old shape: cadence object from the string, tags added, empty 1:1 data', async () => {
    const { document, migrated } = upgrade(await fixture(), personKind);
    expect(migrated).toBe(true);
    expect(document).toEqual(UPGRADED);
  });

  it('rewrites the file on disk as schemaVersion 5 when it is opened', async () => {
    await mkdir(join(dir(), 'people'));
    await copyFile(FIXTURE, join(dir(), REL));

    const file = await DocumentFile.open<PersonDocument>(REL, personKind, storeContext(dir()));
    expect(file?.data).toEqual(UPGRADED);
    expect(await readJson(join(dir(), REL))).toEqual(UPGRADED);
    expect(await readJson(backupPath(dir(), 'daily/2026-11-18', REL))).toMatchObject({
      schemaVersion: 5,
    });
  });

  it("maps an unknown cadence to 'none' and a missing createdAt to a fixed start", async () => {
    const old = await fixture();
    const person = { ...(old.person as Record<string, unknown>), cadence: 'daily' };
    const { document } = upgrade({ ...old, person }, personKind);
    expect(document.person.cadence.frequency).toBe('none');

    const broken = { ...person, cadence: 'monthly', createdAt: 42 };
    const migration = personKind.migrations.find((m) => m.from === 1)!;
    const up = migration.up({ ...old, person: broken }) as { person: { cadence: unknown } };
    expect(up.person.cadence).toMatchObject({ frequency: 'monthly', startsOn: '2026-01-05' });
  });

  it("starts the cadence on the local date the person was added, in this machine's time zone", () => {
    const migration = personKind.migrations.find((m) => m.from === 1)!;
    const startsOn = (createdAt: unknown) =>
      (migration.up({ person: { createdAt } }) as { person: { cadence: { startsOn: string } } })
        .person.cadence.startsOn;
    const lateUtc = '2026-03-01T23:30:00.000Z';
    expect(startsOn(lateUtc)).toBe(format(new Date(lateUtc), 'yyyy-MM-dd'));
    expect(startsOn('2026-03-01')).toBe('2026-03-01');
    expect(startsOn('2026-99-99T00:00:00Z')).toBe('2026-99-99');
  });

  it('keeps tags an old file already had', async () => {
    const old = await fixture();
    const person = { ...(old.person as Record<string, unknown>), tags: ['mentor'] };
    expect(upgrade({ ...old, person }, personKind).document.person.tags).toEqual(['mentor']);
  });
});

describe('upgrade', () => {
  const kind: DocumentKind<{ schemaVersion: 3; items: string[]; count: number }> = {
    label: 'sample',
    version: 3,
    schema: z.object({
      schemaVersion: z.literal(3),
      items: z.array(z.string()),
      count: z.number(),
    }),
    migrations: [
      { from: 2, describe: 'count items', up: (d) => ({ ...d, count: (d.items as []).length }) },
      { from: 1, describe: 'list', up: (d) => ({ ...d, items: [d.item] }) },
    ],
  };

  it('runs the numbered migrations in order, whatever their order in the list', () => {
    // The schema drops keys it does not know, such as the old `item`.
    expect(upgrade({ schemaVersion: 1, item: 'a' }, kind).document).toEqual({
      schemaVersion: 3,
      items: ['a'],
      count: 1,
    });
  });

  it('does not report a current file as migrated', () => {
    const current = { schemaVersion: 3, items: [], count: 0 };
    expect(upgrade(current, kind)).toEqual({ document: current, migrated: false });
  });

  it('refuses a version with no migration', () => {
    const gap = { ...kind, migrations: kind.migrations.filter((m) => m.from !== 1) };
    expect(() => upgrade({ schemaVersion: 1, item: 'a' }, gap)).toThrow(
      'No migration from sample format 1.',
    );
  });

  it('refuses a newer version with NewerVersionError naming both versions', () => {
    const error = (() => {
      try {
        upgrade({ schemaVersion: 99 }, kind);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(NewerVersionError);
    expect((error as Error).message).toContain('format 99; this version reads up to 3');
  });

  it.each([0, -1, 1.5, '2', null])('refuses schemaVersion %j', (schemaVersion) => {
    expect(() => upgrade({ schemaVersion }, kind)).toThrow('has no valid schemaVersion');
  });

  it('does not change the raw object it was given', () => {
    const raw = { schemaVersion: 1, item: 'a' };
    upgrade(raw, kind);
    expect(raw).toEqual({ schemaVersion: 1, item: 'a' });
  });
});
