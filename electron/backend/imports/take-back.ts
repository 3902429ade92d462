import { undoImport } from '../../../shared/domain/kpis/merge';
import { AppError } from '../../../shared/ipc/errors';
import type { PersonDocument } from '../../../shared/model/documents';
import type { SavedMapping } from '../../../shared/model/kpis';
import type { BackendContext } from '../context';
import type { PeopleService } from '../people/people-service';

/**
 * What an import has done so far, so a failure can take all of it back: the people it added
 * (each as their file was just after being added), whether its record and mapping reached
 * team.json (and the mapping it replaced), and whose values it wrote.
 */
export class ImportAttempt {
  readonly added = new Map<string, PersonDocument>();
  readonly written: string[] = [];
  recorded = false;
  importId: string | null = null;

  constructor(
    readonly source: SavedMapping['source'],
    /** The mapping of this source before the import, or null when there was none. */
    readonly mappingBefore: SavedMapping | null,
  ) {}
}

/**
 * After a failed import: its values leave the files it wrote, its record leaves team.json and the
 * mapping it replaced comes back, and the people it added are deleted, so a failed import is
 * absent, not half there. A person added by it and changed since (the lead opened them and
 * wrote something) is kept. Answers the error to give the lead: the original one when everything
 * was taken back, else one that says what is left and what to do about it.
 */
export async function takeBackImport(
  ctx: BackendContext,
  people: PeopleService,
  attempt: ImportAttempt,
  error: unknown,
): Promise<unknown> {
  const left: string[] = [];
  const { importId } = attempt;
  let valuesLeft = false;
  if (importId !== null) {
    for (const personId of attempt.written) {
      await ctx.people
        .find(personId)
        ?.update((doc) => {
          doc.kpis.values = undoImport(doc.kpis.values, importId).values;
        })
        .catch(() => (valuesLeft = true));
    }
  }
  if (attempt.recorded && !valuesLeft) {
    await ctx.team
      .update((team) => {
        team.kpis.imports = team.kpis.imports.filter((r) => r.id !== importId);
        const others = team.kpis.mappings.filter((m) => m.source !== attempt.source);
        team.kpis.mappings = attempt.mappingBefore ? [...others, attempt.mappingBefore] : others;
      })
      .catch(() => (valuesLeft = true));
  }
  for (const [personId, asAdded] of attempt.added) {
    const file = ctx.people.find(personId);
    if (!file) continue;
    if (!untouchedSinceAdded(file.data, asAdded)) {
      left.push(file.data.person.name);
      continue;
    }
    await people.remove(personId).catch(() => left.push(file.data.person.name));
  }
  if (!valuesLeft && left.length === 0) return error;
  const cause = error instanceof Error ? error.message : String(error);
  const parts = [`The import stopped: ${cause}`];
  if (valuesLeft)
    parts.push(
      'Some of its values could not be taken back yet: undo it under Past imports once Coachbook can save again.',
    );
  if (left.length > 0)
    parts.push(
      `${list(left)} ${left.length === 1 ? 'was' : 'were'} added by it and ${left.length === 1 ? 'is' : 'are'} still on your team: delete them on the Team page if you do not want them.`,
    );
  return new AppError('storage', parts.join(' '));
}

/**
 * Nothing but the import's values was written to the person since the import added them: every
 * other part of the document is the very same object (the store shares what a save leaves alone)
 * and no values are left once the import's are taken back.
 */
function untouchedSinceAdded(now: PersonDocument, asAdded: PersonDocument): boolean {
  const keys = Object.keys(asAdded) as (keyof PersonDocument)[];
  return (
    now.kpis.values.length === 0 &&
    keys.every((key) => key === 'kpis' || now[key] === asAdded[key]) &&
    Object.keys(now).length === keys.length
  );
}

const list = (names: string[]) =>
  names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
