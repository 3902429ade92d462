import { describe, expect, it } from 'vitest';
import { createPerson, startBackend, valueOf } from '../../helpers/backend';
import { useTempDir } from '../../helpers/temp-dir';

interface Exported {
  fileName: string;
  content: string;
}

describe('export:personMarkdown file name', () => {
  const dir = useTempDir();

  it.each<[string, string]>([
    ['Sam Lee', 'sam-lee-2026-11-18.md'],
    ['José Núñez', 'josé-núñez-2026-11-18.md'],
    ['José Núñez'.normalize('NFD'), 'josé-núñez-2026-11-18.md'],
    ['王小明', '王小明-2026-11-18.md'],
    ['محمد علي', 'محمد-علي-2026-11-18.md'],
    ['Ana: Lima / "QA"', 'ana-lima-qa-2026-11-18.md'],
    ['Con', 'con_-2026-11-18.md'],
  ])('exports %s as %s', async (name, fileName) => {
    const backend = await startBackend(dir());
    const { person } = await createPerson(backend, { name });
    const out = valueOf<Exported>(
      await backend.invoke('export:personMarkdown', { personId: person.id }),
    );
    expect(out.fileName).toBe(fileName);
    expect(out.content.startsWith(`# ${person.name}\n`)).toBe(true);
  });

  it('caps a long name at 120 bytes of UTF-8 without cutting a character', async () => {
    const backend = await startBackend(dir());
    const { person } = await createPerson(backend, { name: '王'.repeat(100) });
    const out = valueOf<Exported>(
      await backend.invoke('export:personMarkdown', { personId: person.id }),
    );
    expect(out.fileName).toBe(`${'王'.repeat(40)}-2026-11-18.md`);
  });
});
