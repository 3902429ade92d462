import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { DryRunSummary, UndoResult } from '../../../shared/ipc/channels/imports';
import { AppError } from '../../../shared/ipc/errors';
import type { ImportRecord, SavedMapping } from '../../../shared/model/kpis';
import { mergeValues, undoImport, type IncomingValue } from '../../../shared/domain/kpis/merge';
import {
  aliasKey,
  matchPerson,
  personIndex,
  type RowIdentity,
} from '../../../shared/domain/imports/matching';
import { displayLocalDate, timestampToLocalDate } from '../../../shared/domain/local-time';
import { defaultCadence, personInputSchema } from '../../../shared/model/person';
import type { BackendContext } from '../context';
import type { PeopleService } from '../people/people-service';
import { SerialQueue } from '../serial-queue';
import type { ImportPlan, ParsedOptions } from './import-plan';
import type { ImportReader } from './import-service';
import { ImportAttempt, takeBackImport } from './take-back';
import { yieldToEventLoop } from './yield';

const MAX_ALIASES = 500;

/**
 * The import's writing steps. `run`: people to add are added through the people service, the
 * import is recorded in team.json (with the mapping remembered), then each person's values are
 * merged and written, one write per person document, yielding between them. Should any step
 * fail, everything done so far is taken back (`take-back.ts`): the values written, the record and
 * the mapping, and the people the import added, so an import is whole or absent. `undo` takes an import back out of every person it wrote.
 * Imports and undos run one at a time.
 */
export class ImportWriter {
  private readonly queue = new SerialQueue();

  constructor(
    private readonly ctx: BackendContext,
    private readonly reader: ImportReader,
    private readonly people: PeopleService,
  ) {}

  run(options: ParsedOptions): Promise<ImportRecord> {
    return this.queue.run(() => this.runNow(options));
  }

  undo(importId: string): Promise<UndoResult> {
    return this.queue.run(() => this.undoNow(importId));
  }

  private async runNow(options: ParsedOptions): Promise<ImportRecord> {
    const session = this.readerSession(options.token);
    const plan = await this.reader.plan(session, options, 0.8);
    const summary = await this.reader.summarize(plan);
    if (summary.added + summary.replaced === 0) {
      const message =
        summary.unchanged > 0
          ? 'Every value in this file is already in Coachbook, so nothing was imported.'
          : 'No row of this file gave a value to import. Check the mapping and the skipped rows.';
      throw new AppError('invalid_input', message);
    }
    session.progress = { phase: 'writing', fraction: 0.8, rowsRead: plan.result.rows };
    const attempt = new ImportAttempt(
      options.source,
      this.ctx.team.data.kpis.mappings.find((m) => m.source === options.source) ?? null,
    );
    let record: ImportRecord;
    try {
      record = await this.write(options, plan, summary, attempt);
    } catch (error) {
      throw await takeBackImport(this.ctx, this.people, attempt, error);
    }
    this.reader.forget(options.token);
    return record;
  }

  /** Adds the people, records the import, writes the values; `attempt` follows each step. */
  private async write(
    options: ParsedOptions,
    plan: ImportPlan,
    summary: DryRunSummary,
    attempt: ImportAttempt,
  ): Promise<ImportRecord> {
    const session = this.readerSession(options.token);
    const byPerson = await this.addPeople(plan, attempt);
    const now = this.ctx.clock().toISOString();
    const record: ImportRecord = {
      id: randomUUID(),
      fileName: session.fileName.slice(0, 260),
      source: options.source,
      importedAt: now,
      counts: {
        added: summary.added,
        replaced: summary.replaced,
        skipped: summary.skippedRows,
        rows: summary.rows,
      },
      personIds: [...byPerson.keys()],
      undoneAt: null,
    };
    attempt.importId = record.id;
    await this.ctx.team.update((team) => {
      team.kpis.imports.push(record);
      team.kpis.mappings = [
        ...team.kpis.mappings.filter((m) => m.source !== options.source),
        this.savedMapping(options, plan, now),
      ];
    });
    attempt.recorded = true;
    let done = 0;
    for (const [personId, values] of byPerson) {
      const file = this.ctx.people.find(personId);
      if (!file) continue;
      await file.update((doc) => {
        const source = { kind: 'import' as const, importId: record.id };
        doc.kpis.values = mergeValues(doc.kpis.values, values, source, now, randomUUID).values;
      });
      attempt.written.push(personId);
      done += 1;
      session.progress = {
        phase: 'writing',
        fraction: 0.8 + (0.2 * done) / byPerson.size,
        rowsRead: plan.result.rows,
      };
      await yieldToEventLoop();
    }
    return record;
  }

  /** Adds the people the lead chose to add; answers the values per person id. */
  private async addPeople(
    plan: ImportPlan,
    attempt: ImportAttempt,
  ): Promise<Map<string, IncomingValue[]>> {
    const byPerson = new Map<string, IncomingValue[]>();
    const today = timestampToLocalDate(this.ctx.clock().toISOString());
    for (const [group, values] of plan.result.groups) {
      const meta = plan.groups.get(group)!;
      if (meta.by !== 'new') {
        byPerson.set(group, values);
        continue;
      }
      const { email, name } = meta.identity;
      const validEmail = z.email().safeParse(email).success ? email : '';
      const fields = personInputSchema.parse({
        name: name || email.split('@')[0] || email,
        email: validEmail,
        cadence: defaultCadence(today),
      });
      const personId = await this.addPerson(fields, meta.identity, attempt);
      byPerson.set(personId, [...(byPerson.get(personId) ?? []), ...values]);
    }
    return byPerson;
  }

  /**
   * Adds one person through the people screen's own service (one roster queue, one duplicate-name
   * check). Someone with the same name added since the dry run (on the people screen, at the same
   * moment) is who the rows are for, as the import matches by name: their id is answered.
   */
  private async addPerson(
    fields: Parameters<PeopleService['create']>[0],
    identity: RowIdentity,
    attempt: ImportAttempt,
  ): Promise<string> {
    try {
      const { id } = (await this.people.create(fields)).person;
      const added = this.ctx.people.find(id);
      if (added) attempt.added.set(id, added.data);
      return id;
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'conflict') throw error;
      const index = personIndex(
        this.ctx.people.all().map((d) => d.person),
        [],
      );
      const found = matchPerson(index, { ...identity, name: fields.name });
      if (!found) throw error;
      return found.personId;
    }
  }

  private savedMapping(options: ParsedOptions, plan: ImportPlan, now: string): SavedMapping {
    const before = this.ctx.team.data.kpis.mappings.find((m) => m.source === options.source);
    const fresh = new Set(plan.handMatches.map((m) => aliasKey(m.text)));
    const aliases = [
      ...(before?.personAliases ?? []).filter((a) => !fresh.has(aliasKey(a.text))),
      ...plan.handMatches.map((m) => ({ text: m.text.slice(0, 200), personId: m.personId })),
    ].slice(-MAX_ALIASES);
    return {
      source: options.source,
      delimiter: options.delimiter,
      decimalComma: options.decimalComma,
      columns: options.mapping,
      personAliases: aliases,
      updatedAt: now,
    };
  }

  private async undoNow(importId: string): Promise<UndoResult> {
    const found = this.ctx.team.data.kpis.imports.find((r) => r.id === importId);
    if (!found) throw new AppError('not_found', 'This import is not in Coachbook any more.');
    if (found.undoneAt !== null) {
      throw new AppError(
        'conflict',
        `This import was already undone on ${displayLocalDate(timestampToLocalDate(found.undoneAt))}.`,
      );
    }
    let removed = 0;
    let restored = 0;
    for (const personId of found.personIds) {
      const file = this.ctx.people.find(personId);
      // Someone deleted since took their values with them.
      if (!file) continue;
      await file.update((doc) => {
        const undone = undoImport(doc.kpis.values, importId);
        removed += undone.removed;
        restored += undone.restored;
        doc.kpis.values = undone.values;
      });
      await yieldToEventLoop();
    }
    const now = this.ctx.clock().toISOString();
    const saved = await this.ctx.team.update((team) => {
      const record = team.kpis.imports.find((r) => r.id === importId);
      if (record) record.undoneAt = now;
    });
    const record = saved.kpis.imports.find((r) => r.id === importId)!;
    return { record, removed, restored };
  }

  private readerSession(token: string) {
    return this.reader.session(token);
  }
}
