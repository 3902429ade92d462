import type { PersonMatch } from '../../../shared/ipc/channels/imports';
import { AppError } from '../../../shared/ipc/errors';
import type { PersonDocument, TeamDocument } from '../../../shared/model/documents';
import type { ColumnMapping, CsvDelimiter, HelpdeskSource } from '../../../shared/model/kpis';
import type { DateOrder } from '../../../shared/domain/imports/dates';
import {
  ImportAggregator,
  type AggregateResult,
  type Resolution,
} from '../../../shared/domain/imports/aggregate';
import { firstRows } from '../../../shared/domain/imports/csv';
import { checkMapping } from '../../../shared/domain/imports/mapping';
import {
  aliasKey,
  matchPerson,
  personIndex,
  type MatchedBy,
  type RowIdentity,
} from '../../../shared/domain/imports/matching';
import { readCsv } from './csv-reader';
import type { ImportSession } from './sessions';
import { yieldToEventLoop } from './yield';

/** The import options once the contract parsed them. */
export interface ParsedOptions {
  token: string;
  source: HelpdeskSource;
  delimiter: CsvDelimiter;
  decimalComma: boolean;
  dateOrder: DateOrder;
  mapping: ColumnMapping;
  matches: PersonMatch[];
}

export interface PlanGroup {
  /** A person's id, or `new:<key>` for someone to add. */
  group: string;
  identity: RowIdentity;
  by: MatchedBy | 'hand' | 'new';
}

/** What reading a whole file with a mapping found: values per person, and everything skipped. */
export interface ImportPlan {
  result: AggregateResult;
  groups: Map<string, PlanGroup>;
  /** Identities matched by hand this time, to remember as aliases. */
  handMatches: { text: string; personId: string }[];
}

/** The key a plan is cached under: the options and everything the matching reads. */
export function planKey(options: ParsedOptions, team: TeamDocument, people: PersonDocument[]) {
  const { token: _token, ...rest } = options;
  const who = people.map((d) => [d.person.id, d.person.name, d.person.email]);
  return JSON.stringify([rest, team.kpis.mappings, team.kpis.metrics, who]);
}

/**
 * Reads the whole file (in chunks, yielding between them) with the mapping and the person
 * matches, into one plan. Refuses a mapping that names an unknown metric or a missing column.
 */
export async function buildPlan(
  session: ImportSession,
  options: ParsedOptions,
  team: TeamDocument,
  people: PersonDocument[],
  today: string,
  onProgress: (fraction: number, rowsRead: number) => void,
): Promise<ImportPlan> {
  const sample = firstRows(session.text, options.delimiter, 51);
  const headers = (sample[0] ?? []).map((h) => h.trim());
  const metrics = team.kpis.metrics;
  const errors = checkMapping(options.mapping, headers, metrics);
  const first = Object.values(errors)[0];
  if (first !== undefined) throw new AppError('invalid_input', first, errors);

  const saved = team.kpis.mappings.find((m) => m.source === options.source);
  const index = personIndex(
    people.map((d) => d.person),
    saved?.personAliases ?? [],
  );
  const byKey = new Map(options.matches.map((m) => [m.key, m] as const));
  const groups = new Map<string, PlanGroup>();
  const handMatches = new Map<string, { text: string; personId: string }>();
  const resolve = (identity: RowIdentity): Resolution => {
    const found = matchPerson(index, identity);
    const hand = byKey.get(identity.key);
    let plan: PlanGroup;
    if (found) plan = { group: found.personId, identity, by: found.by };
    else if (
      hand?.action === 'match' &&
      hand.personId &&
      people.some((d) => d.person.id === hand.personId)
    ) {
      plan = { group: hand.personId, identity, by: 'hand' };
      const text = identity.email || identity.name;
      handMatches.set(aliasKey(text), { text, personId: hand.personId });
    } else if (hand?.action === 'add') plan = { group: `new:${identity.key}`, identity, by: 'new' };
    else return { skip: hand?.action === 'skip' ? 'skipped' : 'unmatched' };
    if (!groups.has(plan.group)) groups.set(plan.group, plan);
    return { group: plan.group };
  };

  const aggregator = new ImportAggregator({
    headers,
    mapping: options.mapping,
    metrics,
    decimalComma: options.decimalComma,
    dateOrder: options.dateOrder,
    today,
    sampleRows: sample.slice(1),
    resolve,
  });
  let rowsRead = 0;
  const badRows: { line: number; reason: string }[] = [];
  await readCsv(session.text, {
    delimiter: options.delimiter,
    onHeaders: () => undefined,
    onRows: (rows) => {
      for (const row of rows) aggregator.addRow(row.line, row.cells);
      rowsRead += rows.length;
    },
    onBadRow: (line, reason) => badRows.push({ line, reason }),
    onProgress: (fraction) => onProgress(fraction, rowsRead),
  });
  await yieldToEventLoop();
  const result = aggregator.finish();
  if (badRows.length > 0) {
    result.rows += badRows.length;
    result.wrongRowCount += badRows.length;
    result.wrongRows = [...badRows, ...result.wrongRows]
      .sort((a, b) => a.line - b.line)
      .slice(0, 200);
  }
  return { result, groups, handMatches: [...handMatches.values()] };
}
