import { z } from 'zod';
import { channel, noInput } from '../channel';
import { idSchema } from '../../model/common';
import {
  CSV_DELIMITERS,
  HELPDESK_SOURCES,
  columnMappingSchema,
  type ColumnMapping,
  type CsvDelimiter,
  type HelpdeskSource,
  type ImportRecord,
  type MetricDefinition,
} from '../../model/kpis';
import type { ColumnSample } from '../../domain/imports/mapping';
import type { MatchedBy } from '../../domain/imports/matching';
import type { WrongRow } from '../../domain/imports/aggregate';
import { DATE_ORDERS, type DateOrder } from '../../domain/imports/dates';

/** The largest export Coachbook reads: a year of tickets for a big team is well under it. */
export const MAX_IMPORT_CHARS = 50 * 1024 * 1024;
export const FILE_TOO_LARGE =
  'This file is larger than 50 MB. Export a shorter date range (a month or a quarter) and import each file.';

const token = z.string().min(1, 'Choose a file first.').max(64);
const ofToken = z.object({ token });

/** A file the backend holds between the steps, until it is imported or discarded. */
export interface OpenedImport {
  token: string;
  fileName: string;
  /** Characters read, for the size shown. */
  size: number;
}

export interface ImportPreview {
  token: string;
  fileName: string;
  delimiter: CsvDelimiter;
  /** The delimiter Coachbook found, whatever was asked for. */
  detectedDelimiter: CsvDelimiter;
  decimalComma: boolean;
  headers: string[];
  /** The first data rows as the file has them. */
  rows: string[][];
  /** The helpdesk the headings look like, and the one the preview is for. */
  detectedSource: HelpdeskSource;
  source: HelpdeskSource;
  /** The saved mapping for `source` when there is one that fits the file, else the preset's. */
  mapping: ColumnMapping;
  fromSavedMapping: boolean;
  /** The team's metrics that can take values (not archived). */
  metrics: MetricDefinition[];
  /** Each mapped metric's first cells, with what Coachbook reads in them. */
  samples: ColumnSample[];
  /** The order the lead's locale writes dates in: the default when a file's dates do not say. */
  localeDateOrder: DateOrder;
  /** People to match unmatched names to: active and archived. */
  people: { id: string; name: string; email: string; archived: boolean }[];
}

export const PERSON_ACTIONS = ['match', 'skip', 'add'] as const;

const personMatchSchema = z
  .object({
    /** The unmatched identity's key, as the dry run gave it. */
    key: z.string().min(1).max(200),
    action: z.enum(PERSON_ACTIONS, 'Choose to match, skip or add this person.'),
    personId: idSchema.nullable().default(null),
  })
  .refine((m) => m.action !== 'match' || m.personId !== null, {
    message: 'Choose the person these rows belong to.',
    path: ['personId'],
  });
export type PersonMatch = z.infer<typeof personMatchSchema>;

export const importOptionsSchema = z.object({
  token,
  source: z.enum(HELPDESK_SOURCES, 'Choose where the file comes from.'),
  delimiter: z.enum(CSV_DELIMITERS, 'Choose comma, semicolon or tab.'),
  decimalComma: z.boolean(),
  /** How dates like 03/04/2026 are read when no row of the file decides it. */
  dateOrder: z.enum(DATE_ORDERS, 'Choose how the dates are written.').default('month-first'),
  mapping: columnMappingSchema,
  matches: z.array(personMatchSchema).max(500).default([]),
});
export type ImportOptions = z.input<typeof importOptionsSchema>;

export interface DryRunSummary {
  rows: number;
  /** Values (person × metric × period) the import would add, replace or leave as they are. */
  added: number;
  replaced: number;
  unchanged: number;
  /** Rows skipped: wrong, in a future period, of unmatched or skipped people. */
  skippedRows: number;
  wrongRows: WrongRow[];
  wrongRowCount: number;
  futureRowCount: number;
  unmatched: { key: string; name: string; email: string; rows: number }[];
  unmatchedRowCount: number;
  skippedPeopleRowCount: number;
  /** Who gets values: matched people and people to add. */
  people: {
    key: string;
    personId: string | null;
    name: string;
    by: MatchedBy | 'hand' | 'new';
    rows: number;
    values: number;
  }[];
}

export interface ImportProgress {
  phase: 'idle' | 'reading' | 'writing' | 'done' | 'failed';
  /** 0 to 1 across the whole step. */
  fraction: number;
  rowsRead: number;
}

export interface UndoResult {
  record: ImportRecord;
  removed: number;
  restored: number;
}

export const importsChannels = {
  /** Holds a picked file for the steps that follow; refuses an empty, header-only or non-CSV file. */
  'imports:open': channel(
    z.object({
      fileName: z.string().trim().min(1, 'The file has no name.').max(260),
      text: z.string().max(MAX_IMPORT_CHARS, FILE_TOO_LARGE),
    }),
  ).returns<OpenedImport>(),
  'imports:preview': channel(
    ofToken.extend({
      delimiter: z.enum(CSV_DELIMITERS).nullable().default(null),
      source: z.enum(HELPDESK_SOURCES).nullable().default(null),
      decimalComma: z.boolean().nullable().default(null),
    }),
  ).returns<ImportPreview>(),
  /** Reads the whole file with a mapping and says what an import would do; writes nothing. */
  'imports:dryRun': channel(importOptionsSchema).returns<DryRunSummary>(),
  /**
   * Writes the values (one write per person), records the import and remembers the mapping; if any
   * step fails, all of it is taken back, the people it added included (whole or absent).
   */
  'imports:run': channel(importOptionsSchema).returns<ImportRecord>(),
  'imports:progress': channel(ofToken).returns<ImportProgress>(),
  /** Lets go of a file that will not be imported. */
  'imports:discard': channel(ofToken).returns<{ discarded: true }>(),
  /** Past imports, newest first. */
  'imports:list': channel(noInput).returns<ImportRecord[]>(),
  /** Takes one import back out as a whole; an import is undone once. */
  'imports:undo': channel(z.object({ importId: idSchema })).returns<UndoResult>(),
};
