import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataChange } from '../../../shared/ipc/events';
import type { PersonDocument } from '../../../shared/model/documents';
import { NewerVersionError } from '../storage/migrations';
import { DocumentFile, type StoreContext } from '../storage/document-file';
import { personKind } from './person-kind';

const FOLDER = 'people';
const FILE_PATTERN = /^[A-Za-z0-9-]{1,64}\.json$/;

export const personPath = (id: string) => `${FOLDER}/${id}.json`;
const changeOf = (doc: PersonDocument): DataChange => ({ kind: 'person', id: doc.person.id });

/**
 * One document per person, all held in memory (a team is 5 to 20 people). Every write to a person
 * is published on `ctx.changes`: updates by their `DocumentFile`, creation and deletion here, once
 * the list already holds (or no longer holds) them.
 */
export class PeopleRepository {
  private readonly files = new Map<string, DocumentFile<PersonDocument>>();

  constructor(private readonly ctx: StoreContext) {}

  async load(): Promise<void> {
    let names: string[] = [];
    try {
      names = await readdir(join(this.ctx.dataDir, FOLDER));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    for (const name of names.filter((n) => FILE_PATTERN.test(n)).sort()) {
      const relPath = `${FOLDER}/${name}`;
      try {
        const file = await DocumentFile.open(relPath, personKind, this.ctx, undefined, changeOf);
        if (file) this.files.set(file.data.person.id, file);
      } catch (error) {
        if (!(error instanceof NewerVersionError)) throw error;
        this.ctx.notices.add({
          level: 'warning',
          title: `${relPath} was not opened`,
          message: error.message,
        });
      }
    }
  }

  all(): PersonDocument[] {
    return [...this.files.values()].map((f) => f.data);
  }

  find(id: string): DocumentFile<PersonDocument> | undefined {
    return this.files.get(id);
  }

  async create(document: PersonDocument): Promise<PersonDocument> {
    const file = await DocumentFile.open(
      personPath(document.person.id),
      personKind,
      this.ctx,
      () => document,
      changeOf,
    );
    if (!file) throw new Error('A new person file could not be created.');
    this.files.set(document.person.id, file);
    this.ctx.changes?.publish(changeOf(file.data));
    return file.data;
  }

  async remove(id: string): Promise<void> {
    const file = this.files.get(id);
    if (!file) return;
    await file.remove();
    this.files.delete(id);
    this.ctx.changes?.publish({ kind: 'person', id });
  }

  async flush(): Promise<void> {
    await Promise.all([...this.files.values()].map((f) => f.flush()));
  }
}
