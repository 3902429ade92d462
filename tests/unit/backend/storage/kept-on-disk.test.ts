import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { personKind } from '../../../../electron/backend/people/person-kind';
import { DocumentFile } from '../../../../electron/backend/storage/document-file';
import { nodeFs } from '../../../../electron/backend/storage/fs';
import type { PersonDocument } from '../../../../shared/model/documents';
import { faultyFs } from '../../helpers/faulty-fs';
import { makeMeeting } from '../../helpers/records';
import { backupPath, personDocument, readJson, storeContext } from '../../helpers/store';
import { listTree, useTempDir } from '../../helpers/temp-dir';

// What a save must keep that the app itself does not use: fields a hand edit or a sync tool
// added, and the folders it creates (their parent synced, so a power cut cannot lose them).

const REL = 'people/p-1.json';
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

async function put(path: string, content: string, takenAt?: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
  if (takenAt) await utimes(path, new Date(takenAt), new Date(takenAt));
}

const backupOf = (dir: string, note: string) =>
  put(
    backupPath(dir, 'daily/2026-11-17', REL),
    json(personDocument({ note })),
    '2026-11-17T09:00:00',
  );

const open = (dir: string, fs = nodeFs) =>
  DocumentFile.open<PersonDocument>(REL, personKind, storeContext(dir, undefined, fs));

describe('fields this version does not know, in a file of the same version', () => {
  const dir = useTempDir();

  it('are kept through every save, never dropped silently', async () => {
    const doc = personDocument();
    doc.meetings = [makeMeeting({ id: 'm-1' })];
    const raw = {
      ...doc,
      syncedBy: 'tool',
      person: { ...doc.person, pronouns: 'she/her' },
      meetings: [{ ...doc.meetings[0], room: 'Blue' }],
    };
    await put(join(dir(), REL), json(raw));
    const file = await open(dir());
    expect(file?.data.person).not.toHaveProperty('pronouns');

    await file!.update((d) => {
      d.person.note = 'saved';
      d.meetings.push(makeMeeting({ id: 'm-2', occurrence: '2026-12-01', at: '2026-12-01T10:00' }));
    });
    const saved = (await readJson(join(dir(), REL))) as Record<string, unknown> & PersonDocument;
    expect(saved.syncedBy).toBe('tool');
    expect(saved.person).toMatchObject({ note: 'saved', pronouns: 'she/her' });
    expect(saved.meetings).toEqual([
      expect.objectContaining({ id: 'm-1', room: 'Blue' }),
      expect.not.objectContaining({ room: expect.anything() }),
    ]);
    expect(await listTree(join(dir(), 'damaged'))).toEqual([]);
  });

  it('stay on their own entry of a list without ids when a save puts another before it', async () => {
    const skip = { occurrence: '2026-11-24', kind: 'skip', movedTo: null, reason: '' } as const;
    const doc = personDocument();
    const raw = { ...doc, schedule: { ...doc.schedule, exceptions: [{ ...skip, by: 'hand' }] } };
    await put(join(dir(), REL), json(raw));
    const file = await open(dir());

    await file!.update((d) => {
      d.schedule.exceptions.unshift({ ...skip, occurrence: '2026-11-17' });
    });
    const saved = (await readJson(join(dir(), REL))) as PersonDocument;
    expect(saved.schedule.exceptions).toEqual([
      { ...skip, occurrence: '2026-11-17' },
      { ...skip, by: 'hand' },
    ]);
  });
});

describe('folders made by a backup or a recovery', () => {
  const dir = useTempDir();
  const syncedFolders = (calls: { op: string; path: string }[]) =>
    calls.filter((c) => c.op === 'sync').map((c) => c.path);

  it("get their parent synced: a day's backup folder and damaged/", async () => {
    await backupOf(dir(), 'from backup');
    await put(join(dir(), REL), 'torn{');
    const faults = faultyFs();
    const file = await open(dir(), faults.fs);
    expect(file?.data.person.note).toBe('from backup');

    const synced = syncedFolders(faults.calls);
    // damaged/ is new: the data folder holding it is synced before the swap is decided (the
    // journal folder, made next, would sync it too, but only after).
    const journal = faults.calls.findIndex((c) => c.path.includes('journal'));
    expect(syncedFolders(faults.calls.slice(0, journal))).toContain(dir());
    // Today's backup folders are new: backups/daily and backups/weekly, then each new day folder.
    for (const parent of [
      'backups/daily',
      'backups/daily/2026-11-18',
      'backups/weekly',
      'backups/weekly/2026-W47',
    ]) {
      expect(synced, parent).toContain(join(dir(), parent));
    }
  });
});
