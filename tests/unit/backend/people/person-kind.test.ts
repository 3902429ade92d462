import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { personKind } from '../../../../electron/backend/people/person-kind';
import { DocumentFile } from '../../../../electron/backend/storage/document-file';
import { upgrade } from '../../../../electron/backend/storage/migrations';
import type { PersonDocument } from '../../../../shared/model/documents';
import { backupPath, readJson, storeContext } from '../../helpers/store';
import { useTempDir } from '../../helpers/temp-dir';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'person-v2.json');
const ID = '7c1d9e2f-3a4b-4c5d-8e6f-0a1b2c3d4e5f';
const REL = `people/${ID}.json`;

const EMPTY_ONE_ON_ONE_DATA = {
  schedule: { exceptions: [], pastCadences: [] },
  meetings: [],
  talkingPoints: [],
  actionItems: [],
  feedback: [],
  recognitions: [],
  growth: { goals: [], trainings: [], skills: [], absences: [] },
  kpis: { values: [] },
};

async function fixture(): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(FIXTURE, 'utf8')) as Record<string, unknown>;
}

describe('person migrations 2 -> ... -> 5 (fixture person-v2.json)', () => {
  const dir = useTempDir();

  it('adds the 1:1 collections empty and keeps the person as it was', async () => {
    const old = await fixture();
    const { document, migrated } = upgrade(old, personKind);
    expect(migrated).toBe(true);
    expect(document).toEqual({ schemaVersion: 5, person: old.person, ...EMPTY_ONE_ON_ONE_DATA });
  });

  it('rewrites the file on disk as schemaVersion 5 and backs up the upgraded state', async () => {
    await mkdir(join(dir(), 'people'));
    await copyFile(FIXTURE, join(dir(), REL));
    const old = await fixture();

    const file = await DocumentFile.open<PersonDocument>(REL, personKind, storeContext(dir()));
    const expected = { schemaVersion: 5, person: old.person, ...EMPTY_ONE_ON_ONE_DATA };
    expect(file?.data).toEqual(expected);
    expect(await readJson(join(dir(), REL))).toEqual(expected);
    expect(await readJson(backupPath(dir(), 'daily/2026-11-18', REL))).toEqual(expected);
  });
});
