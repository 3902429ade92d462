/**
 * Copy-on-write updates with structural sharing (the idea of immer, kept small): `produce` hands
 * the updater a draft of the document; only what the updater touches is copied, and every part it
 * leaves alone is the very same object in the result. Unchanged parts keep their identity, which
 * is what lets the store validate and serialise only what changed (changed-validation.ts,
 * json-text.ts). Documents held by the store are deep-frozen (`deepFreeze`), so nothing can change
 * them in place behind a draft's back: a change always shows as a new object.
 */

type Container = Record<PropertyKey, unknown> | unknown[];

interface DraftState {
  base: Container;
  /** A shallow copy of `base`, made on the first write or the first child drafted. */
  copy: Container | null;
  modified: boolean;
  parent: DraftState | null;
  /** Set once finalised: the result the draft stands for. */
  result?: Container;
}

interface Scope {
  revokers: (() => void)[];
}

const states = new WeakMap<object, DraftState>();

/** Plain objects and arrays are drafted; anything else is a value. */
export function isContainer(value: unknown): value is Container {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

const latest = (state: DraftState): Container => state.copy ?? state.base;
const own = (target: object, key: PropertyKey) => Object.prototype.hasOwnProperty.call(target, key);

function prepareCopy(state: DraftState): Container {
  state.copy ??= Array.isArray(state.base) ? state.base.slice() : { ...state.base };
  return state.copy;
}

function markModified(state: DraftState): void {
  for (let s: DraftState | null = state; s && !s.modified; s = s.parent) s.modified = true;
}

function createDraft(base: Container, parent: DraftState | null, scope: Scope): object {
  const state: DraftState = { base, copy: null, modified: false, parent };
  const target = Array.isArray(base) ? [] : {};
  const { proxy, revoke } = Proxy.revocable(target, {
    get(_, key) {
      const source = latest(state);
      if (!own(source, key)) return Reflect.get(source, key) as unknown;
      const value = (source as Record<PropertyKey, unknown>)[key];
      // Only a value still shared with the base is drafted; a draft or a new value is returned as is.
      if (!isContainer(value) || states.has(value) || value !== readOwn(state.base, key))
        return value;
      const child = createDraft(value, state, scope);
      (prepareCopy(state) as Record<PropertyKey, unknown>)[key] = child;
      return child;
    },
    set(_, key, value: unknown) {
      const source = latest(state);
      if (own(source, key) && Object.is((source as Record<PropertyKey, unknown>)[key], value))
        return true;
      (prepareCopy(state) as Record<PropertyKey, unknown>)[key] = value;
      markModified(state);
      return true;
    },
    deleteProperty(_, key) {
      if (!own(latest(state), key)) return true;
      delete (prepareCopy(state) as Record<PropertyKey, unknown>)[key];
      markModified(state);
      return true;
    },
    has: (_, key) => key in latest(state),
    ownKeys: () => Reflect.ownKeys(latest(state)),
    getOwnPropertyDescriptor(_, key) {
      const source = latest(state);
      const found = Reflect.getOwnPropertyDescriptor(source, key);
      if (!found) return undefined;
      // An array's `length` is not configurable on the (array) target, so it may not say otherwise.
      const fixed = Array.isArray(source) && key === 'length';
      return {
        value: (source as Record<PropertyKey, unknown>)[key],
        writable: true,
        enumerable: found.enumerable ?? false,
        configurable: !fixed,
      };
    },
    defineProperty() {
      throw new TypeError('An update may set and delete fields, not define properties.');
    },
    getPrototypeOf: () => Object.getPrototypeOf(base) as object | null,
    setPrototypeOf() {
      throw new TypeError('An update may not change a prototype.');
    },
  });
  states.set(proxy, state);
  scope.revokers.push(revoke);
  return proxy;
}

function readOwn(target: Container, key: PropertyKey): unknown {
  return own(target, key) ? (target as Record<PropertyKey, unknown>)[key] : undefined;
}

/** Replaces every draft in `value` by what it stands for: its base when untouched, else its copy. */
function finalize(value: unknown, seen: Set<object>): unknown {
  // A draft passes as a container: it answers Array.isArray and the prototype of its base.
  if (!isContainer(value)) return value;
  const state = states.get(value);
  if (state) {
    if (!state.modified) return state.base;
    if (state.result) return state.result;
    state.result = state.copy!;
    finalizeChildren(state.result, seen, state.base);
    return state.result;
  }
  // A value the updater made (a new entry, a filtered list) may hold drafts; a frozen one cannot.
  if (Object.isFrozen(value) || seen.has(value)) return value;
  seen.add(value);
  finalizeChildren(value, seen);
  return value;
}

/**
 * The keys to walk: a list's indices (counted, not listed: a list of 16,000 entries would make
 * 16,000 key strings), an object's own keys. A list's other properties are not JSON.
 */
function* keysOf(container: Container): Iterable<PropertyKey> {
  if (Array.isArray(container)) for (let i = 0; i < container.length; i++) yield i;
  else yield* Reflect.ownKeys(container);
}

/** `base`: what a draft's copy was taken from; a child still the base's own is left as it is. */
function finalizeChildren(container: Container, seen: Set<object>, base?: Container): void {
  const record = container as Record<PropertyKey, unknown>;
  const from = base as Record<PropertyKey, unknown> | undefined;
  for (const key of keysOf(container)) {
    const child = record[key];
    if (typeof child !== 'object' || child === null) continue;
    // Untouched (a 1:1 in a list of thousands where one was added): a base value holds no draft.
    if (from !== undefined && child === from[key] && own(from, key)) continue;
    const done = finalize(child, seen);
    if (done !== child) record[key] = done;
  }
}

/**
 * Runs `recipe` on a draft of `base` and returns the result: `base` itself when nothing changed,
 * else a new value sharing every untouched part with `base`. The recipe may change the draft or
 * return a new value (which may hold parts of the draft). Drafts are revoked afterwards: a draft
 * kept past the update fails loudly instead of being saved or sent by mistake.
 */
export function produce<T>(base: T, recipe: (draft: T) => T | void): T {
  if (!isContainer(base)) throw new TypeError('Only an object or an array can be updated.');
  const scope: Scope = { revokers: [] };
  try {
    const draft = createDraft(base, null, scope) as T;
    const returned = recipe(draft);
    return finalize(returned === undefined ? draft : returned, new Set()) as T;
  } finally {
    for (const revoke of scope.revokers) revoke();
  }
}

/**
 * What a draft holds right now, without drafting anything in it: for finding an entry in a long
 * list (`peek(doc.meetings).findIndex(...)`) without making a draft of every entry read. Read only:
 * a change made to what it returns is not a change to the draft. A value that is not a draft is
 * returned as it is.
 */
export function peek<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  const state = states.get(value);
  return (state ? latest(state) : value) as T;
}

/**
 * Freezes `value` and everything in it, stopping at what is frozen already: after an update only
 * the new parts are walked. A frozen document cannot change in place, so a part with the same
 * identity as before has the same content, which partial validation relies on.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) for (const entry of value as unknown[]) deepFreeze(entry);
  else
    for (const key of Reflect.ownKeys(value))
      deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  return value;
}
