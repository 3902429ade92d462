import { mkdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Backups } from '../../../../electron/backend/storage/backups';
import { fixedClock } from '../../helpers/people';
import { listNames, listTree, useTempDir } from '../../helpers/temp-dir';

const REL = 'people/p-1.json';

async function seed(
  root: string,
  kind: string,
  folder: string,
  relPath = REL,
  text = folder,
  takenAt?: string,
) {
  const path = join(root, 'backups', kind, folder, relPath);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, text);
  if (takenAt) await utimes(path, new Date(takenAt), new Date(takenAt));
}

const days = (n: number) =>
  Array.from({ length: n }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`);
const weeks = (n: number) => Array.from({ length: n }, (_, i) => `2026-W${40 + i}`);

describe('Backups.ensure', () => {
  const dir = useTempDir();

  it("writes today's daily copy and this ISO week's copy", async () => {
    await new Backups(dir(), fixedClock).ensure(REL, 'state A');
    expect(await listTree(join(dir(), 'backups'))).toEqual([
      'daily/2026-11-18/people/p-1.json',
      'weekly/2026-W47/people/p-1.json',
    ]);
    expect(await readFile(join(dir(), 'backups/weekly/2026-W47', REL), 'utf8')).toBe('state A');
  });

  it('keeps the first copy of the day and of the week', async () => {
    const backups = new Backups(dir(), fixedClock);
    await backups.ensure(REL, 'state A');
    await backups.ensure(REL, 'state B');
    expect(await readFile(join(dir(), 'backups/daily/2026-11-18', REL), 'utf8')).toBe('state A');
    expect(await readFile(join(dir(), 'backups/weekly/2026-W47', REL), 'utf8')).toBe('state A');
  });

  it('uses the ISO week-numbering year at a year boundary', async () => {
    // Friday 1 January 2027 belongs to ISO week 53 of 2026.
    const backups = new Backups(dir(), () => new Date('2027-01-01T12:00:00'));
    await backups.ensure(REL, 'x');
    expect(await listNames(join(dir(), 'backups/weekly'))).toEqual(['2026-W53']);
    expect(backups.today()).toBe('2027-01-01');
  });
});

describe('Backups.candidates', () => {
  const dir = useTempDir();

  it('lists copies newest first by when they were taken, daily and weekly alike', async () => {
    await seed(dir(), 'daily', '2026-11-16', REL, 'a', '2026-11-16T08:00:00');
    await seed(dir(), 'daily', '2026-11-17', REL, 'b', '2026-11-17T08:00:00');
    await seed(dir(), 'daily', '2026-11-15', 'people/other.json', 'c', '2026-11-15T08:00:00');
    await seed(dir(), 'weekly', '2026-W46', REL, 'd', '2026-11-09T08:00:00');
    // The week's copy was taken on Monday, before the two daily ones.
    await seed(dir(), 'weekly', '2026-W47', REL, 'e', '2026-11-16T07:00:00');
    const found = await new Backups(dir(), fixedClock).candidates(REL);
    expect(found.map((c) => c.label)).toEqual([
      'daily 2026-11-17',
      'daily 2026-11-16',
      'weekly 2026-W47',
      'weekly 2026-W46',
    ]);
    expect(found[0]!.path).toBe(join(dir(), 'backups/daily/2026-11-17', REL));
  });

  it('puts a newer weekly copy before an older daily one (the app was not run for weeks)', async () => {
    await seed(dir(), 'daily', '2026-10-01', REL, 'old day', '2026-10-01T08:00:00');
    await seed(dir(), 'weekly', '2026-W47', REL, 'this week', '2026-11-16T08:00:00');
    const found = await new Backups(dir(), fixedClock).candidates(REL);
    expect(found.map((c) => c.label)).toEqual(['weekly 2026-W47', 'daily 2026-10-01']);
  });

  it('tries a copy dated in the future (a wrong clock) only after every other one', async () => {
    await seed(dir(), 'daily', '2027-03-01', REL, 'wrong clock', '2027-03-01T08:00:00');
    await seed(dir(), 'daily', '2026-11-17', REL, 'yesterday', '2026-11-17T08:00:00');
    await seed(dir(), 'weekly', '2026-W40', REL, 'weeks ago', '2026-09-28T08:00:00');
    const found = await new Backups(dir(), fixedClock).candidates(REL);
    expect(found.map((c) => [c.label, c.future])).toEqual([
      ['daily 2026-11-17', false],
      ['weekly 2026-W40', false],
      ['daily 2027-03-01', true],
    ]);
  });

  it('stamps each copy with the time it was taken, by the app clock', async () => {
    await new Backups(dir(), fixedClock).ensure(REL, 'state');
    const [daily] = await new Backups(dir(), fixedClock).candidates(REL);
    expect(daily!.takenAt.getTime()).toBe(fixedClock().getTime());
  });

  it('answers an empty list when there are no backups yet', async () => {
    expect(await new Backups(dir(), fixedClock).candidates(REL)).toEqual([]);
  });
});

describe('Backups.prune', () => {
  const dir = useTempDir();

  it('keeps the newest 7 daily and 4 weekly folders', async () => {
    for (const day of days(10)) await seed(dir(), 'daily', day);
    for (const week of weeks(6)) await seed(dir(), 'weekly', week);

    await new Backups(dir(), fixedClock).prune();

    expect(await listNames(join(dir(), 'backups/daily'))).toEqual(days(10).slice(3));
    expect(await listNames(join(dir(), 'backups/weekly'))).toEqual(weeks(6).slice(2));
  });

  it('keeps everything while within the retention', async () => {
    for (const day of days(7)) await seed(dir(), 'daily', day);
    await new Backups(dir(), fixedClock).prune();
    expect(await listNames(join(dir(), 'backups/daily'))).toEqual(days(7));
  });

  it('follows a custom retention', async () => {
    for (const day of days(4)) await seed(dir(), 'daily', day);
    for (const week of weeks(3)) await seed(dir(), 'weekly', week);
    await new Backups(dir(), fixedClock, { daily: 1, weekly: 2 }).prune();
    expect(await listNames(join(dir(), 'backups/daily'))).toEqual(['2026-11-04']);
    expect(await listNames(join(dir(), 'backups/weekly'))).toEqual(['2026-W41', '2026-W42']);
  });

  it('prunes as copies are made: sixty days of running keep 7 daily and 4 weekly folders', async () => {
    let now = new Date('2026-09-01T09:00:00');
    const backups = new Backups(dir(), () => now);
    for (let day = 0; day < 60; day++) {
      now = new Date(2026, 8, 1 + day, 9);
      await backups.ensure(REL, `day ${day}`);
      expect((await listNames(join(dir(), 'backups/daily'))).length).toBeLessThanOrEqual(7);
    }
    expect(await listNames(join(dir(), 'backups/daily'))).toEqual([
      '2026-10-24',
      '2026-10-25',
      '2026-10-26',
      '2026-10-27',
      '2026-10-28',
      '2026-10-29',
      '2026-10-30',
    ]);
    expect(await listNames(join(dir(), 'backups/weekly'))).toHaveLength(4);
  });

  it('keeps a folder dated in the future without counting it', async () => {
    for (const day of days(8)) await seed(dir(), 'daily', day);
    await seed(dir(), 'daily', '2027-05-01');
    await new Backups(dir(), fixedClock).prune();
    expect(await listNames(join(dir(), 'backups/daily'))).toEqual([
      ...days(8).slice(1),
      '2027-05-01',
    ]);
  });

  it('does nothing when there is no backup folder', async () => {
    await expect(new Backups(dir(), fixedClock).prune()).resolves.toBeUndefined();
  });
});

describe('Backups.purge', () => {
  const dir = useTempDir();

  it('removes one file from every backup folder and keeps the others', async () => {
    for (const day of ['2026-11-17', '2026-11-18']) {
      await seed(dir(), 'daily', day);
      await seed(dir(), 'daily', day, 'people/p-2.json');
    }
    await seed(dir(), 'weekly', '2026-W47');
    await seed(dir(), 'weekly', '2026-W47', 'team.json');

    await new Backups(dir(), fixedClock).purge(REL);

    expect(await listTree(join(dir(), 'backups'))).toEqual([
      'daily/2026-11-17/people/p-2.json',
      'daily/2026-11-18/people/p-2.json',
      'weekly/2026-W47/team.json',
    ]);
    expect(await new Backups(dir(), fixedClock).candidates(REL)).toEqual([]);
  });
});
