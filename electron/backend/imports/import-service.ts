import { toLocalDate } from '../../../shared/domain/local-time';
import type {
  DryRunSummary,
  ImportPreview,
  ImportProgress,
} from '../../../shared/ipc/channels/imports';
import type { CsvDelimiter, HelpdeskSource, ImportRecord } from '../../../shared/model/kpis';
import { mergeValues } from '../../../shared/domain/kpis/merge';
import { firstRows, guessDecimalComma } from '../../../shared/domain/imports/csv';
import { checkMapping, sampleColumns } from '../../../shared/domain/imports/mapping';
import { localeDateOrder } from '../../../shared/domain/imports/dates';
import { detectPreset, presetOf, suggestMapping } from '../../../shared/domain/imports/presets';
import type { BackendContext } from '../context';
import { buildPlan, planKey, type ImportPlan, type ParsedOptions } from './import-plan';
import type { ImportSessions, ImportSession } from './sessions';
import { yieldToEventLoop } from './yield';

const PREVIEW_ROWS = 10;

/** The import's reading steps: the preview, the dry run, the list of past imports. */
export class ImportReader {
  /** The last plan per file, so the import after a dry run does not read the file again. */
  private readonly plans = new Map<string, { key: string; plan: ImportPlan }>();

  constructor(
    private readonly ctx: BackendContext,
    private readonly sessions: ImportSessions,
  ) {}

  preview(input: {
    token: string;
    delimiter: CsvDelimiter | null;
    source: HelpdeskSource | null;
    decimalComma: boolean | null;
  }): ImportPreview {
    const session = this.sessions.get(input.token);
    const team = this.ctx.team.data;
    const delimiter = input.delimiter ?? session.detectedDelimiter;
    const rows = firstRows(session.text, delimiter, 51);
    const headers = (rows[0] ?? []).map((h) => h.trim());
    const data = rows.slice(1);
    const detectedSource = detectPreset(headers);
    const source = input.source ?? detectedSource;
    const metrics = team.kpis.metrics.filter((m) => !m.archived);
    const saved = team.kpis.mappings.find((m) => m.source === source);
    const savedFits =
      saved !== undefined &&
      Object.keys(checkMapping(saved.columns, headers, metrics)).length === 0;
    const mapping = savedFits ? saved.columns : suggestMapping(presetOf(source), headers, metrics);
    const decimalComma =
      input.decimalComma ?? (savedFits ? saved.decimalComma : guessDecimalComma(data));
    return {
      token: session.token,
      fileName: session.fileName,
      delimiter,
      detectedDelimiter: session.detectedDelimiter,
      decimalComma,
      headers,
      rows: data.slice(0, PREVIEW_ROWS),
      detectedSource,
      source,
      mapping,
      fromSavedMapping: savedFits,
      metrics,
      samples: sampleColumns(mapping, headers, data.slice(0, 5), metrics, decimalComma),
      localeDateOrder: localeDateOrder(this.ctx.locale),
      people: this.ctx.people
        .all()
        .map(({ person }) => ({
          id: person.id,
          name: person.name,
          email: person.email,
          archived: person.status === 'archived',
        }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    };
  }

  progress(token: string): ImportProgress {
    return this.sessions.progress(token);
  }

  /** Reads the whole file as the import would and counts what it would change; writes nothing. */
  async dryRun(options: ParsedOptions): Promise<DryRunSummary> {
    const session = this.sessions.get(options.token);
    const plan = await this.plan(session, options, 1);
    session.progress = { ...session.progress, phase: 'done', fraction: 1 };
    await yieldToEventLoop();
    return this.summarize(plan);
  }

  /** The plan for these options: the cached one when nothing it depends on changed. */
  plan(session: ImportSession, options: ParsedOptions, share: number): Promise<ImportPlan> {
    return this.sessions.exclusive(session, async () => {
      const team = this.ctx.team.data;
      const people = this.ctx.people.all();
      const key = planKey(options, team, people);
      const cached = this.plans.get(session.token);
      if (cached?.key === key) return cached.plan;
      session.progress = { phase: 'reading', fraction: 0, rowsRead: 0 };
      try {
        const plan = await buildPlan(
          session,
          options,
          team,
          people,
          this.today(),
          (f, rowsRead) => {
            session.progress = { phase: 'reading', fraction: f * share, rowsRead };
          },
        );
        this.plans.set(session.token, { key, plan });
        return plan;
      } catch (error) {
        session.progress = { phase: 'failed', fraction: 0, rowsRead: 0 };
        throw error;
      }
    });
  }

  session(token: string): ImportSession {
    return this.sessions.get(token);
  }

  forget(token: string): void {
    this.plans.delete(token);
    this.sessions.discard(token);
  }

  /** What the plan would change, person by person (yielding between them). */
  async summarize(plan: ImportPlan): Promise<DryRunSummary> {
    const { result, groups } = plan;
    let added = 0;
    let replaced = 0;
    let unchanged = 0;
    const people: DryRunSummary['people'] = [];
    for (const [group, values] of result.groups) {
      const meta = groups.get(group)!;
      const file = meta.by === 'new' ? undefined : this.ctx.people.find(group);
      const merged = mergeValues(
        file?.data.kpis.values ?? [],
        values,
        { kind: 'typed' },
        new Date(0).toISOString(),
        () => 'x',
      );
      added += merged.added;
      replaced += merged.replaced;
      unchanged += merged.unchanged;
      people.push({
        key: meta.identity.key,
        personId: meta.by === 'new' ? null : group,
        name: file?.data.person.name ?? (meta.identity.name || meta.identity.email),
        by: meta.by,
        rows: result.groupRows.get(group) ?? 0,
        values: values.length,
      });
      await yieldToEventLoop();
    }
    return {
      rows: result.rows,
      added,
      replaced,
      unchanged,
      skippedRows: result.wrongRowCount + result.unmatchedRowCount + result.skippedPeopleRowCount,
      wrongRows: result.wrongRows,
      wrongRowCount: result.wrongRowCount,
      futureRowCount: result.futureRowCount,
      unmatched: result.unmatched
        .slice(0, 200)
        .map(({ key, name, email, rows }) => ({ key, name, email, rows })),
      unmatchedRowCount: result.unmatchedRowCount,
      skippedPeopleRowCount: result.skippedPeopleRowCount,
      people: people.sort((a, b) => a.name.localeCompare(b.name)),
    };
  }

  list(): ImportRecord[] {
    // Newest first; two imports in one millisecond keep the order they were made in.
    return [...this.ctx.team.data.kpis.imports]
      .reverse()
      .sort((a, b) => b.importedAt.localeCompare(a.importedAt));
  }

  today(): string {
    return toLocalDate(this.ctx.clock());
  }
}
