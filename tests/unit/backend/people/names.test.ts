import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PersonView } from '../../../../shared/ipc/channels/people';
import { createPerson, errorOf, startBackend, valueOf } from '../../helpers/backend';
import { personFile, storedDocument } from '../../helpers/meetings';
import { personInput } from '../../helpers/people';
import { listTree, useTempDir } from '../../helpers/temp-dir';

/** Every file in the data folder with its bytes, to prove a refused call wrote nothing. */
async function snapshot(dataDir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const rel of await listTree(dataDir)) {
    files[rel] = (await readFile(join(dataDir, rel))).toString('base64');
  }
  return files;
}

const JOSE_NFC = 'José Núñez'.normalize('NFC');
const JOSE_NFD = 'José Núñez'.normalize('NFD');

describe('person names through the people channels', () => {
  const dir = useTempDir();

  it('stores a name normalised: NFC, one space, no invisible marks', async () => {
    const backend = await startBackend(dir());
    const view = await createPerson(backend, { name: ` \u200e${JOSE_NFD}\u00a0\u00a0Jr\t` });
    expect(view.person.name).toBe(`${JOSE_NFC} Jr`);
    expect((await storedDocument(dir(), view.person.id)).person.name).toBe(`${JOSE_NFC} Jr`);
  });

  it.each<[string, string, string]>([
    ['NFD beside NFC', JOSE_NFC, JOSE_NFD],
    ['NFC beside NFD', JOSE_NFD, JOSE_NFC],
    ['two spaces', 'Ana Lima', 'Ana  Lima'],
    ['a no-break space', 'Ana Lima', 'Ana\u00a0Lima'],
    ['a tab', 'Ana Lima', 'Ana\tLima'],
    ['a zero-width space', 'Ana Lima', 'Ana\u200b Lima'],
    ['direction marks', 'Ana Lima', '\u200fAna Lima\u200e'],
    ['another case', 'Ana Lima', 'ANA LIMA'],
    ['full-width letters', 'Ana Lima', 'Ａｎａ Ｌｉｍａ'],
  ])(
    'refuses a look-alike name (%s) as a conflict and writes nothing',
    async (_, first, second) => {
      const backend = await startBackend(dir());
      const existing = await createPerson(backend, { name: first });
      const before = await snapshot(dir());

      const error = errorOf(await backend.invoke('people:create', personInput({ name: second })));
      expect(error.code).toBe('conflict');
      expect(error.message).toContain(`${existing.person.name} is already on your team`);
      expect(error.fields).toEqual({ name: 'Someone on your team already has this name.' });
      expect(await snapshot(dir())).toEqual(before);
      expect(valueOf<PersonView[]>(await backend.invoke('people:list', {}))).toHaveLength(1);
    },
  );

  it.each<[string, string, string]>([
    ['only zero-width and direction marks', '\u200b\u200c\u200d\u200e\u200f', 'Name is required.'],
    ['only a byte order mark and a no-break space', '\ufeff\u00a0', 'Name is required.'],
    ['only punctuation', '-- . --', 'Use at least one letter or digit in the name.'],
  ])('refuses a name of %s with a clear message and writes nothing', async (_, name, message) => {
    const backend = await startBackend(dir());
    const before = await snapshot(dir());
    const error = errorOf(await backend.invoke('people:create', personInput({ name })));
    expect(error.code).toBe('invalid_input');
    expect(error.fields?.name).toBe(message);
    expect(await snapshot(dir())).toEqual(before);
  });

  it('refuses renaming someone to a look-alike of another person', async () => {
    const backend = await startBackend(dir());
    await createPerson(backend, { name: 'Ana Lima' });
    const sam = await createPerson(backend, { name: 'Sam Lee' });
    const before = await snapshot(dir());
    const error = errorOf(
      await backend.invoke('people:update', {
        id: sam.person.id,
        changes: personInput({ name: 'ana\u00a0lima' }),
      }),
    );
    expect(error.code).toBe('conflict');
    expect(await snapshot(dir())).toEqual(before);
  });

  it('lets a person keep their own name in another spelling, stored normalised', async () => {
    const backend = await startBackend(dir());
    const jose = await createPerson(backend, { name: JOSE_NFC });
    const updated = valueOf<PersonView>(
      await backend.invoke('people:update', {
        id: jose.person.id,
        changes: personInput({ name: `${JOSE_NFD}\u00a0` }),
      }),
    );
    expect(updated.person.name).toBe(JOSE_NFC);
  });

  it('still opens a file whose name was stored before the letter-or-digit rule', async () => {
    const first = await startBackend(dir());
    const view = await createPerson(first, { name: 'Placeholder' });
    await first.flush();
    const file = personFile(dir(), view.person.id);
    const raw = JSON.parse(await readFile(file, 'utf8')) as { person: { name: string } };
    raw.person.name = '—';
    await writeFile(file, JSON.stringify(raw));

    const backend = await startBackend(dir());
    const people = valueOf<PersonView[]>(await backend.invoke('people:list', {}));
    expect(people.map((p) => p.person.name)).toEqual(['—']);
  });
});

describe('other names compared the same way', () => {
  const dir = useTempDir();

  it('refuses a team value that only differs by whitespace or case', async () => {
    const backend = await startBackend(dir());
    const error = errorOf(
      await backend.invoke('values:save', { values: ['Customer first', 'customer\u00a0 First'] }),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.fields?.['values.1']).toBe('customer\u00a0 First is in the list twice.');
  });

  it('refuses a question template named like another one', async () => {
    const backend = await startBackend(dir());
    valueOf(
      await backend.invoke('questions:saveTemplate', {
        name: 'Quarterly review',
        promptIds: ['builtin-career-1'],
      }),
    );
    const error = errorOf(
      await backend.invoke('questions:saveTemplate', {
        name: 'quarterly\u00a0review',
        promptIds: ['builtin-career-1'],
      }),
    );
    expect(error.code).toBe('conflict');
  });
});
