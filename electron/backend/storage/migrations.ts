import type { z } from 'zod';
import { AppError } from '../../../shared/ipc/errors';

/**
 * Turns a document of version `from` into version `from + 1`. Each one lives in its own file in
 * `storage/migrations/` with a frozen copy of the shapes it reads and writes (docs/storage.md).
 */
export interface Migration {
  from: number;
  describe: string;
  up(document: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Declares a migration over the shapes its own file spells out: `From` is a file of version
 * `from` as read from disk (not yet validated, so loosely typed), `To` what the step writes.
 */
export function defineMigration<From extends object, To extends object>(migration: {
  from: number;
  describe: string;
  up(document: From): To;
}): Migration {
  return migration as unknown as Migration;
}

/** One step: the migration's result, stamped with the version it produced. */
export function applyMigration(
  document: Record<string, unknown>,
  migration: Migration,
): Record<string, unknown> {
  return { ...migration.up(structuredClone(document)), schemaVersion: migration.from + 1 };
}

/** What the store needs to know about one kind of file. */
export interface DocumentKind<T> {
  label: string;
  version: number;
  schema: z.ZodType<T>;
  migrations: Migration[];
}

export class NewerVersionError extends AppError {
  constructor(label: string, found: number, supported: number) {
    super(
      'newer_version',
      `This ${label} was saved by a newer version of Coachbook (format ${found}; this version reads up to ${supported}). ` +
        'It was left untouched: update Coachbook to open it.',
    );
  }
}

export interface Upgraded<T> {
  document: T;
  migrated: boolean;
}

/**
 * Runs the numbered migrations in order, without validating. Throws `NewerVersionError` for a
 * file from the future (which must never be rewritten) and a plain Error for one that is not a
 * document at all (JSON `null`, an array, no `schemaVersion`).
 */
export function migrate(
  raw: unknown,
  kind: DocumentKind<unknown>,
): { document: Record<string, unknown>; migrated: boolean } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new Error(`The ${kind.label} file does not hold a JSON object.`);
  }
  let document = raw as Record<string, unknown>;
  const found = document.schemaVersion;
  if (typeof found !== 'number' || !Number.isInteger(found) || found < 1) {
    throw new Error(`The ${kind.label} file has no valid schemaVersion.`);
  }
  if (found > kind.version) throw new NewerVersionError(kind.label, found, kind.version);

  for (let version = found; version < kind.version; version++) {
    const migration = kind.migrations.find((m) => m.from === version);
    if (!migration) throw new Error(`No migration from ${kind.label} format ${version}.`);
    document = applyMigration(document, migration);
  }
  return { document, migrated: found !== kind.version };
}

/** A file that migrates but does not validate: `document` is the migrated, unvalidated content. */
export class InvalidDocumentError extends Error {
  constructor(
    message: string,
    readonly document: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'InvalidDocumentError';
  }
}

/**
 * Runs the numbered migrations in order, then validates. Throws `NewerVersionError` for a file
 * from the future (which must never be rewritten) and a plain Error for anything unreadable
 * (`InvalidDocumentError` when it is a document that does not validate).
 */
export function upgrade<T>(raw: unknown, kind: DocumentKind<T>): Upgraded<T> {
  const { document, migrated } = upgradeWithSource(raw, kind);
  return { document, migrated };
}

/**
 * `upgrade`, also answering `source`: the migrated content before validation stripped anything,
 * from which fields the schema does not know are kept (unknown-fields.ts).
 */
export function upgradeWithSource<T>(
  raw: unknown,
  kind: DocumentKind<T>,
): Upgraded<T> & { source: Record<string, unknown> } {
  const { document, migrated } = migrate(raw, kind as DocumentKind<unknown>);
  const parsed = kind.schema.safeParse(document);
  if (!parsed.success) {
    throw new InvalidDocumentError(
      `The ${kind.label} file is not valid: ${parsed.error.issues[0]?.message ?? 'unknown problem'}`,
      document,
    );
  }
  return { document: parsed.data, migrated, source: document };
}
