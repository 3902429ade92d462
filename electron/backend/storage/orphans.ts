import { join } from 'node:path';
import type { StoreContext } from './document-file';
import { serialize } from './durable-json-file';
import { listFolder } from './fs';
import { commitAll } from './journal';
import type { DocumentKind } from './migrations';
import { newestValidBackup } from './recovery';
import { withUnknownFields } from './unknown-fields';

/**
 * Finishes restores an earlier version left half done: it moved a damaged file aside before
 * writing the backup in its place, and when that write failed the file was simply gone. A file in
 * `damaged/` whose document is missing but still has valid backups is such a case (a deleted
 * person has no backups left). Answers the paths restored.
 */
export async function restoreOrphans<T>(
  folder: string,
  kind: DocumentKind<T>,
  ctx: StoreContext,
  present: Set<string>,
): Promise<string[]> {
  const prefix = `${folder}__`;
  const orphans = new Map<string, string>();
  for (const name of await listFolder(ctx.fs, join(ctx.dataDir, 'damaged'))) {
    const match = /^(.+\.json)\.\d{8}T\d{6}(-\d+)?\.json$/.exec(name);
    if (!match?.[1]?.startsWith(prefix)) continue;
    const fileName = match[1].slice(prefix.length);
    if (!present.has(fileName) && !fileName.includes('__')) orphans.set(fileName, name);
  }
  const restored: string[] = [];
  for (const [fileName, aside] of orphans) {
    const relPath = `${folder}/${fileName}`;
    const backup = await newestValidBackup(relPath, kind, ctx);
    if (!backup.found) continue;
    try {
      const content = serialize(withUnknownFields(backup.document, backup.unknown));
      await commitAll(ctx.dataDir, ctx.fs, [{ relPath, content }], { purpose: 'recovery' });
    } catch (error) {
      await ctx.health.failed(error, relPath);
      return restored;
    }
    ctx.notices.add({
      level: 'warning',
      title: `A restore left unfinished was completed`,
      message: `An earlier start set ${relPath} aside as damaged (${join(ctx.dataDir, 'damaged', aside)}) but could not write its backup in its place, so it was missing. The ${backup.detail} backup was restored now. Changes made after that backup are in the set-aside file.`,
    });
    ctx.events?.warn('storage:recovered', { code: 'orphan_restored', kind: kind.label });
    restored.push(relPath);
  }
  return restored;
}
