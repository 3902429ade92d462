import { peek } from './draft';

/**
 * Edits of one entry in a list of an update's draft that cost one entry, not the whole list: a
 * `map` or `filter` over a draft list reads (and so drafts) every entry, which for a person with
 * thousands of 1:1s made each note autosave walk all of them.
 */

/** Replaces the entry `matches` finds by what `change` makes of it; false when none matches. */
export function replaceWhere<T>(
  list: T[],
  matches: (entry: T) => boolean,
  change: (entry: T) => T,
): boolean {
  const index = peek(list).findIndex(matches);
  if (index < 0) return false;
  list[index] = change(list[index]!);
  return true;
}

/** The list without the entries `matches` finds, to assign in place of the draft list. */
export function without<T>(list: T[], matches: (entry: T) => boolean): T[] {
  return peek(list).filter((entry) => !matches(entry));
}
