import { randomUUID } from 'node:crypto';
import { isoDate, personBalance, teamBalance } from '../../../shared/domain/balance';
import type {
  PersonRecognition,
  RecognitionFeed,
  RecognitionPreferences,
} from '../../../shared/ipc/channels/recognition';
import type { ParsedInput } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/ipc/errors';
import { recognitionInputSchemaFor, type Recognition } from '../../../shared/model/recognition';
import type { BackendContext } from '../context';
import { requirePerson } from '../people/require-person';
import { SerialQueue } from '../serial-queue';
import { shortcutState } from './shortcut-state';
import { updateEach } from './write-all';
import { without } from '../storage/list-edits';

const newestFirst = (a: Recognition, b: Recognition) =>
  b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);

/** Praise for one or several people: one copy in each recipient's file, under one id. */
export class RecognitionService {
  /** Writes that touch several files run one at a time, so an undo never races another write. */
  private readonly writes = new SerialQueue();

  constructor(private readonly ctx: BackendContext) {}

  private get gapDays() {
    return this.ctx.team.data.preferences.recognitionGapDays;
  }

  create(input: ParsedInput<'recognition:create'>): Promise<Recognition> {
    return this.writes.run(async () => {
      const now = this.ctx.clock();
      const fields = recognitionInputSchemaFor(isoDate(now)).parse(input);
      const files = fields.personIds.map((id) => this.recipientFile(id));
      const recognition: Recognition = {
        id: randomUUID(),
        date: fields.date,
        text: fields.text,
        value: fields.value,
        sharedIn: fields.sharedIn,
        recipients: files.map((f) => ({ personId: f.data.person.id, name: f.data.person.name })),
        createdAt: now.toISOString(),
      };
      await updateEach(files, (doc) => {
        doc.recognitions.push(structuredClone(recognition));
      });
      return recognition;
    });
  }

  remove(id: string): Promise<{ removed: number }> {
    return this.writes.run(async () => {
      const holders = this.ctx.people
        .all()
        .filter((doc) => doc.recognitions.some((r) => r.id === id))
        .map((doc) => requirePerson(this.ctx.people, doc.person.id));
      if (!holders.length) {
        throw new AppError('not_found', 'This recognition does not exist any more.');
      }
      await updateEach(holders, (doc) => {
        doc.recognitions = without(doc.recognitions, (r) => r.id === id);
      });
      return { removed: holders.length };
    });
  }

  forPerson(personId: string): PersonRecognition {
    const doc = requirePerson(this.ctx.people, personId).data;
    return {
      items: [...doc.recognitions].sort(newestFirst),
      balance: personBalance(doc, this.ctx.clock(), this.gapDays),
    };
  }

  feed(filter: ParsedInput<'recognition:feed'>): RecognitionFeed {
    const acts = new Map<string, Recognition>();
    for (const doc of this.ctx.people.all()) for (const r of doc.recognitions) acts.set(r.id, r);
    const all = [...acts.values()].sort(newestFirst);
    const items = all.filter(
      (r) =>
        (!filter?.personId || r.recipients.some((p) => p.personId === filter.personId)) &&
        (!filter?.value || r.value === filter.value) &&
        (!filter?.sharedIn || r.sharedIn === filter.sharedIn),
    );
    const valuesUsed = [...new Set(all.flatMap((r) => (r.value ? [r.value] : [])))].sort((a, b) =>
      a.localeCompare(b),
    );
    return { items, valuesUsed };
  }

  balance() {
    return teamBalance(this.ctx.people.all(), this.ctx.clock(), this.gapDays);
  }

  preferences(): RecognitionPreferences {
    return { recognitionGapDays: this.gapDays, shortcut: shortcutState(this.ctx.quickCapture) };
  }

  async setGapDays(days: number): Promise<RecognitionPreferences> {
    await this.ctx.team.update((doc) => {
      doc.preferences.recognitionGapDays = days;
    });
    return this.preferences();
  }

  /**
   * The shortcut lives in the desktop shell's settings, not in the data folder: the backend only
   * relays the request. Without a shell (the web host) it refuses, and nothing is stored.
   */
  async setShortcut(accelerator: string): Promise<RecognitionPreferences> {
    const host = this.ctx.quickCapture;
    if (!host) {
      const message = 'Global shortcuts can be set only in the Coachbook desktop app.';
      throw new AppError('conflict', message, { accelerator: message });
    }
    const result = await host.setShortcut(accelerator);
    if (!result.ok) throw new AppError('conflict', result.message, { accelerator: result.message });
    return this.preferences();
  }

  openCaptureWindow(): { opened: boolean } {
    if (!this.ctx.quickCapture) return { opened: false };
    this.ctx.quickCapture.openWindow();
    return { opened: true };
  }

  private recipientFile(personId: string) {
    const file = this.ctx.people.find(personId);
    if (!file) {
      const message =
        'Someone you picked is not in Coachbook any more. They may have been deleted.';
      throw new AppError('not_found', message, { personIds: message });
    }
    if (file.data.person.status !== 'active') {
      const message = `${file.data.person.name} is archived. Restore them to log new recognition.`;
      throw new AppError('invalid_input', message, { personIds: message });
    }
    return file;
  }
}
