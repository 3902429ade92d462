import { join } from 'node:path';
import { AppError } from '../../../shared/ipc/errors';
import type { RemindersDocument } from '../../../shared/model/reminders';
import { DocumentFile, type StoreContext } from '../storage/document-file';
import { DurableJsonFile } from '../storage/durable-json-file';
import { newRemindersDocument, REMINDERS_FILE, remindersKind } from './reminders-kind';

/**
 * reminders.json through `DocumentFile` (validated, queued, durable, backed up, recovered), made
 * only when there is first something to record: a data folder where no reminder ever fell due
 * (a new one, most tests) gets no file. A damaged file that could not be set aside is never
 * written over: the engine then works from memory and records nothing.
 */
export class RemindersFile {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly memory = newRemindersDocument();

  private constructor(
    private readonly store: StoreContext,
    private file: DocumentFile<RemindersDocument> | null,
    private readonly blocked: boolean,
  ) {}

  static async open(store: StoreContext): Promise<RemindersFile> {
    const file = await DocumentFile.open(REMINDERS_FILE, remindersKind, store);
    const blocked =
      file === null &&
      (await new DurableJsonFile(join(store.dataDir, REMINDERS_FILE), store.fs).readText()) !==
        null;
    return new RemindersFile(store, file, blocked);
  }

  get data(): RemindersDocument {
    return this.file?.data ?? this.memory;
  }

  /**
   * False while the store is read-only (a full disk): the engine then records (and shows) nothing
   * and leaves probing the folder to the store, so it never holds up the lead's own next save.
   */
  get writable(): boolean {
    return this.store.health.readOnly === null && !this.blocked;
  }

  /** Whether the file is on disk (the engine saves its last look only then). */
  get exists(): boolean {
    return this.file !== null;
  }

  update(
    mutate: (draft: RemindersDocument) => RemindersDocument | void,
  ): Promise<RemindersDocument> {
    const run = async (): Promise<RemindersDocument> => {
      if (this.file) return this.file.update(mutate);
      if (this.blocked) {
        throw new AppError(
          'storage',
          'Coachbook could not save reminders.json: the file is damaged and could not be set aside, so nothing was changed. Move it out of the data folder and restart Coachbook.',
        );
      }
      const draft = structuredClone(this.memory);
      const next = mutate(draft) ?? draft;
      this.file = await DocumentFile.create(REMINDERS_FILE, remindersKind, this.store, next);
      return this.file.data;
    };
    const result = this.queue.then(run);
    this.queue = result.catch(() => undefined);
    return result;
  }
}
