import type { SavedMapping } from '../../model/kpis';
import { nameKey } from '../names';

/** Who a row is about, as the file writes it. */
export interface RowIdentity {
  /** What unmatched rows are grouped and matched by hand by: the email, else the name's key. */
  key: string;
  email: string;
  name: string;
}

export interface MatchablePerson {
  id: string;
  name: string;
  email: string;
}

export type MatchedBy = 'email' | 'name' | 'alias';

export interface PersonIndex {
  byEmail: Map<string, string>;
  byName: Map<string, string>;
  byAlias: Map<string, string>;
}

const emailKey = (email: string) => email.trim().toLowerCase();

/** The key an alias or an unmatched identity is kept under: an email folded, a name's key. */
export const aliasKey = (text: string): string =>
  text.includes('@') ? emailKey(text) : nameKey(text);

/** The identity of a row, or null when it names nobody (both cells empty). */
export function rowIdentity(
  email: string | undefined,
  name: string | undefined,
): RowIdentity | null {
  const e = emailKey(email ?? '');
  const n = (name ?? '').trim();
  if (e === '' && nameKey(n) === '') return null;
  return { key: e !== '' ? e : nameKey(n), email: e, name: n };
}

export function personIndex(
  people: readonly MatchablePerson[],
  aliases: SavedMapping['personAliases'],
): PersonIndex {
  const ids = new Set(people.map((p) => p.id));
  const index: PersonIndex = { byEmail: new Map(), byName: new Map(), byAlias: new Map() };
  for (const person of people) {
    if (person.email.trim() !== '') index.byEmail.set(emailKey(person.email), person.id);
    index.byName.set(nameKey(person.name), person.id);
  }
  // An alias to someone deleted since is ignored.
  for (const alias of aliases) {
    if (ids.has(alias.personId)) index.byAlias.set(aliasKey(alias.text), alias.personId);
  }
  return index;
}

/** The person a row is about: by email, then by name (normalised), then by a saved alias. */
export function matchPerson(
  index: PersonIndex,
  identity: RowIdentity,
): { personId: string; by: MatchedBy } | null {
  const byEmail = identity.email ? index.byEmail.get(identity.email) : undefined;
  if (byEmail) return { personId: byEmail, by: 'email' };
  const key = nameKey(identity.name);
  const byName = key ? index.byName.get(key) : undefined;
  if (byName) return { personId: byName, by: 'name' };
  const alias =
    (identity.email ? index.byAlias.get(identity.email) : undefined) ??
    (key ? index.byAlias.get(key) : undefined);
  return alias ? { personId: alias, by: 'alias' } : null;
}
