import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFs } from '../../../../electron/backend/storage/fs';
import { commitAll, finishJournal } from '../../../../electron/backend/storage/journal';
import type { PersonDocument } from '../../../../shared/model/documents';
import { createPerson, startBackend, valueOf } from '../../helpers/backend';
import { faultyFs } from '../../helpers/faulty-fs';
import { listTree, useTempDir } from '../../helpers/temp-dir';

const FILES = ['team.json', 'people/a.json', 'people/b.json'];

async function seed(dir: string): Promise<void> {
  await mkdir(join(dir, 'people'), { recursive: true });
  for (const file of FILES) await writeFile(join(dir, file), `old ${file}`);
}

const next = FILES.map((relPath) => ({ relPath, content: `new ${relPath}` }));

async function contents(dir: string): Promise<string[]> {
  return Promise.all(FILES.map((f) => readFile(join(dir, f), 'utf8')));
}

describe('commitAll', () => {
  const dir = useTempDir();

  it('replaces every file and leaves no staged copy and no record behind', async () => {
    await seed(dir());
    await commitAll(dir(), nodeFs, next);
    expect(await contents(dir())).toEqual(FILES.map((f) => `new ${f}`));
    expect(await listTree(dir())).toEqual([...FILES].sort());
  });

  it('changes nothing when a write fails before the change is decided, and cleans up at once', async () => {
    await seed(dir());
    const faults = faultyFs();
    faults.fail({ ops: ['write'], path: /b\.json/, code: 'ENOSPC' });
    await expect(commitAll(dir(), faults.fs, next)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await contents(dir())).toEqual(FILES.map((f) => `old ${f}`));
    expect(await listTree(dir())).toEqual([...FILES].sort());
  });

  it('is all or nothing across a crash at any step: the next start finishes or rolls back', async () => {
    const counting = faultyFs();
    await seed(join(dir(), 'count'));
    await commitAll(join(dir(), 'count'), counting.fs, next);
    const steps = counting.calls.length;
    const outcomes = new Set<string>();

    for (let crashAt = 0; crashAt <= steps; crashAt++) {
      const folder = join(dir(), `crash-${crashAt}`);
      await seed(folder);
      const faults = faultyFs();
      faults.crashAfter(crashAt);
      await commitAll(folder, faults.fs, next).catch(() => undefined);

      await finishJournal(folder, nodeFs);
      const after = await contents(folder);
      const allOld = after.every((text, i) => text === `old ${FILES[i]}`);
      const allNew = after.every((text, i) => text === `new ${FILES[i]}`);
      expect({ crashAt, allOld, allNew }).toMatchObject({ crashAt, allOld: !allNew });
      outcomes.add(allNew ? 'finished' : 'rolled back');
      // Nothing but the documents (temp files of an interrupted write go at start, separately).
      expect((await listTree(folder)).filter((f) => !f.endsWith('.tmp'))).toEqual(
        [...FILES].sort(),
      );
    }
    expect(outcomes).toEqual(new Set(['finished', 'rolled back']));
  }, 60_000);
});

describe('a team recognition killed mid-save', () => {
  const dir = useTempDir();

  it('is in every recipient file or in none after the next start, wherever it was killed', async () => {
    const count = async (folder: string) => {
      const faults = faultyFs();
      const backend = await startBackend(folder, { fs: faults.fs });
      const people = [
        await createPerson(backend, { name: 'Sam Lee' }),
        await createPerson(backend, { name: 'Ana Ruiz' }),
        await createPerson(backend, { name: 'Kai Moe' }),
      ].map((v) => v.person.id);
      return { backend, faults, people };
    };
    const praise = (personIds: string[]) => ({
      personIds,
      text: 'Covered the weekend queue',
      date: '2026-11-17',
      value: null,
      sharedIn: 'private',
    });

    const clean = await count(join(dir(), 'count'));
    const before = clean.faults.calls.length;
    valueOf(await clean.backend.invoke('recognition:create', praise(clean.people)));
    const steps = clean.faults.calls.length - before;
    await clean.backend.close();

    const seen = new Set<number>();
    for (let crashAt = 0; crashAt < steps; crashAt += 2) {
      const folder = join(dir(), `crash-${crashAt}`);
      const run = await count(folder);
      run.faults.crashAfter(crashAt);
      await run.backend.invoke('recognition:create', praise(run.people));

      const restarted = await startBackend(folder);
      const holding = [];
      for (const id of run.people) {
        const doc = JSON.parse(
          await readFile(join(folder, 'people', `${id}.json`), 'utf8'),
        ) as PersonDocument;
        holding.push(doc.recognitions.length);
      }
      expect([0, 3]).toContain(holding.reduce((a, b) => a + b, 0));
      seen.add(holding[0]!);
      await restarted.close();
    }
    expect(seen).toEqual(new Set([0, 1]));
  }, 60_000);
});
