import { join } from 'node:path';
import type { DataChange } from '../../../shared/ipc/events';
import type { PersonDocument } from '../../../shared/model/documents';
import { DocumentFile, type StoreContext } from '../storage/document-file';
import { listFolder } from '../storage/fs';
import { NewerVersionError } from '../storage/migrations';
import { restoreOrphans } from '../storage/orphans';
import { causeOf } from '../storage/storage-errors';
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
    const folder = join(this.ctx.dataDir, FOLDER);
    let names = await listFolder(this.ctx.fs, folder);
    if (!this.ctx.health.readOnly) {
      const restored = await restoreOrphans(FOLDER, personKind, this.ctx, new Set(names));
      if (restored.length) names = await listFolder(this.ctx.fs, folder);
    }
    for (const name of names.filter((n) => FILE_PATTERN.test(n)).sort()) {
      const relPath = `${FOLDER}/${name}`;
      try {
        const file = await DocumentFile.open(relPath, personKind, this.ctx, undefined, changeOf);
        if (file) this.files.set(file.data.person.id, file);
      } catch (error) {
        this.notOpened(relPath, error);
      }
    }
  }

  /** A file from a newer Coachbook, or one the system would not let us read: left as it is. */
  private notOpened(relPath: string, error: unknown): void {
    if (error instanceof NewerVersionError) {
      this.ctx.notices.add(
        { level: 'warning', title: `${relPath} was not opened`, message: error.message },
        `not-opened:${relPath}`,
      );
      return;
    }
    const cause = causeOf(error);
    this.ctx.events?.error('storage:recovered', { code: 'unreadable', kind: 'person' }, error);
    this.ctx.notices.add(
      {
        level: 'error',
        title: `${relPath} could not be read`,
        message: `Coachbook could not read ${relPath}: ${cause.text} (${cause.code}). The file was left as it is and the person is not shown; Coachbook tries again at the next start.`,
      },
      `not-opened:${relPath}`,
    );
  }

  all(): PersonDocument[] {
    return [...this.files.values()].map((f) => f.data);
  }

  find(id: string): DocumentFile<PersonDocument> | undefined {
    return this.files.get(id);
  }

  /** Writes the new person's file; refuses with the cause (a full disk) and adds nobody. */
  async create(document: PersonDocument): Promise<PersonDocument> {
    const file = await DocumentFile.create(
      personPath(document.person.id),
      personKind,
      this.ctx,
      document,
      changeOf,
    );
    this.files.set(document.person.id, file);
    this.ctx.changes?.publish(changeOf(file.data));
    return file.data;
  }

  /**
   * Deletes the person. They leave the list at once, so a write asked for after this answers
   * not_found, and writes already queued for them answer not_found too: nothing recreates the
   * file. If the disk refuses the delete, they are back as they were.
   */
  async remove(id: string): Promise<void> {
    const file = this.files.get(id);
    if (!file) return;
    this.files.delete(id);
    try {
      await file.remove();
    } catch (error) {
      this.files.set(id, file);
      throw error;
    }
    this.ctx.changes?.publish({ kind: 'person', id });
  }

  async flush(): Promise<void> {
    await Promise.all([...this.files.values()].map((f) => f.flush()));
  }
}
