import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import type { z } from 'zod';
import { listTree } from './temp-dir';

/**
 * Values a renderer bug (or a hostile page) could hand a channel, each built fresh on use: objects
 * whose conversion to text throws, getters and proxies that throw, values JSON cannot hold, very
 * deep or very large ones, prototype keys and broken Unicode.
 */
const HOSTILE = {
  toStringNotAFunction: () => ({ toString: 1, valueOf: 1 }),
  conversionThrows: () => ({
    valueOf: () => {
      throw new Error('valueOf');
    },
    toString: () => {
      throw new Error('toString');
    },
    [Symbol.toPrimitive]: () => {
      throw new Error('toPrimitive');
    },
  }),
  nullPrototype: () => Object.create(null) as object,
  // Zod's default message names the type from `input.constructor.name`: this one is no text.
  constructorNameNotText: () =>
    Object.assign(Object.create(null) as object, { constructor: { name: { toString: 1 } } }),
  constructorGetterThrows: () =>
    Object.create(
      Object.create(null, {
        constructor: {
          get() {
            throw new Error('constructor');
          },
        },
      }) as object,
    ) as object,
  getterThrows: () =>
    Object.defineProperty({}, 'id', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    }),
  proxyThrows: () => new Proxy({}, throwingTraps()),
  arrayProxyThrows: () => new Proxy([], throwingTraps()),
  revokedProxy: () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  },
  thenable: () => ({ then: (resolve: (value: unknown) => void) => resolve('surprise') }),
  toJsonThrows: () => ({
    toJSON() {
      throw new Error('toJSON');
    },
  }),
  symbol: () => Symbol('hostile'),
  bigint: () => 2n ** 64n,
  func: () => () => 'function',
  nan: () => Number.NaN,
  infinity: () => Number.NEGATIVE_INFINITY,
  invalidDate: () => new Date(Number.NaN),
  boxedString: () => new String('2026-11-17'),
  map: () => new Map([['personId', 'x']]),
  typedArray: () => new Uint8Array(8),
  regex: () => /x/,
  // The large ones are built once and frozen: building them for every run would cost most of it.
  deepObject: once(() => nest(20_000, (inner) => Object.freeze({ a: inner }))),
  deepArray: once(() => nest(20_000, (inner) => Object.freeze([inner]))),
  hugeArray: once(() => Object.freeze(new Array<string>(200_000).fill('x'))),
  hugeArrayOfWrongType: once(() => Object.freeze(new Array<number>(200_000).fill(7))),
  sparseArray: once(() => Object.freeze(new Array<string>(1_000_000))),
  manyKeys: once(() =>
    Object.freeze(Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i]))),
  ),
  hugeString: () => 'x'.repeat(1_000_001),
  protoKeys: () =>
    JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}') as object,
  loneSurrogates: () => '\uD800 note \uDFFF',
  surrogateKey: () => ({ '\uD800': '\uDFFF' }),
} satisfies Record<string, () => unknown>;

export type HostileKind = keyof typeof HOSTILE;
export const HOSTILE_KINDS = Object.keys(HOSTILE) as HostileKind[];

export function makeHostile(kind: HostileKind): unknown {
  return HOSTILE[kind]();
}

function throwingTraps(): ProxyHandler<object> {
  const trap = (name: string) => () => {
    throw new Error(`proxy ${name}`);
  };
  return {
    get: trap('get'),
    has: trap('has'),
    ownKeys: trap('ownKeys'),
    getOwnPropertyDescriptor: trap('getOwnPropertyDescriptor'),
    getPrototypeOf: trap('getPrototypeOf'),
  };
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

function nest(depth: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = wrap(value);
  return value;
}

/**
 * A recipe for an input, built fresh for every call and printed as a recipe: fast-check can then
 * show (and shrink) a failing input without itself touching a getter or proxy that throws.
 */
export class Recipe {
  constructor(
    readonly build: () => unknown,
    private readonly description: string,
  ) {}

  [fc.toStringMethod](): string {
    return this.description;
  }
}

const plain = (value: unknown) => new Recipe(() => value, fc.stringify(value));
const hostile = (kind: HostileKind) => new Recipe(() => makeHostile(kind), `hostile(${kind})`);
const getterThrows = new Recipe(() => undefined, 'getter-that-throws');
const throwFromGetter = () => {
  throw new Error('getter');
};

function objectRecipe(entries: [string, Recipe][]): Recipe {
  const build = () => {
    const object = {};
    for (const [key, recipe] of entries) {
      // defineProperty, so `__proto__` is an own key as JSON.parse would make it.
      Object.defineProperty(
        object,
        key,
        recipe === getterThrows
          ? { enumerable: true, configurable: true, get: throwFromGetter }
          : { enumerable: true, configurable: true, writable: true, value: recipe.build() },
      );
    }
    return object;
  };
  const shown = entries.map(([key, recipe]) => `${JSON.stringify(key)}: ${fc.stringify(recipe)}`);
  return new Recipe(build, `{ ${shown.join(', ')} }`);
}

const arrayRecipe = (items: Recipe[]) =>
  new Recipe(
    () => items.map((item) => item.build()),
    `[${items.map((i) => fc.stringify(i)).join(', ')}]`,
  );

export const hostileValue: fc.Arbitrary<Recipe> = fc.constantFrom(...HOSTILE_KINDS).map(hostile);

const anyValue: fc.Arbitrary<Recipe> = fc
  .anything({
    maxDepth: 3,
    maxKeys: 4,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    stringUnit: 'binary',
  })
  .map(plain);

/** Strings worth trying where a schema wants text: real ids, dates, blanks, broken Unicode. */
export interface StringPool {
  ids: string[];
}

const ODD_KEYS = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'then'];

/**
 * Inputs shaped like the schema (its keys, its enums, real ids), with any value swapped for a
 * hostile one or for anything at all, and now and then an extra key or a getter that throws:
 * near-misses reach deeper into parsing and into the services than random values do.
 */
export function inputFor(schema: z.ZodType, pool: StringPool): fc.Arbitrary<Recipe> {
  const text = fc.oneof(
    fc.constantFrom(
      ...pool.ids,
      '',
      ' ',
      'Hello',
      '2026-11-17',
      '2026-11-24',
      '2026-02-30',
      '2026-11-20T10:00',
      '2026-11-18T09:00:00.000Z',
      '09:30',
      'lead',
      'report',
      '\uD800',
    ),
    fc.string({ unit: 'binary', maxLength: 12 }),
  );
  const number = fc.oneof(fc.constantFrom(0, 1, 3, 5, 14, -1, 2.5, 1e21), fc.double());

  const shaped = (node: z.ZodType, depth: number): fc.Arbitrary<Recipe> => {
    const def = (node as unknown as { _zod: { def: SchemaDef } })._zod.def;
    const value = (inner: z.ZodType) =>
      depth > 4
        ? fc.oneof(hostileValue, anyValue)
        : fc.oneof(
            { weight: 6, arbitrary: shaped(inner, depth + 1) },
            { weight: 1, arbitrary: hostileValue },
            { weight: 1, arbitrary: anyValue },
          );
    switch (def.type) {
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'readonly':
      case 'catch':
      case 'nonoptional':
        return fc.oneof(shaped(def.innerType!, depth), fc.constantFrom(null, undefined).map(plain));
      case 'pipe':
        return shaped(def.in!, depth);
      case 'union':
        return fc.oneof(...def.options!.map((option) => shaped(option, depth)));
      case 'object': {
        const keys = Object.keys(def.shape!);
        const extra = fc.tuple(
          fc.oneof(fc.constantFrom(...ODD_KEYS), fc.string({ maxLength: 6 })),
          fc.oneof(hostileValue, anyValue),
        );
        if (keys.length === 0) return fc.array(extra, { maxLength: 2 }).map(objectRecipe);
        const field = fc.oneof(
          ...keys.map((key) => fc.tuple(fc.constant(key), value(def.shape![key]!))),
        );
        const getter = fc.tuple(fc.constantFrom(...keys, ...ODD_KEYS), fc.constant(getterThrows));
        // Every key once, mostly with a shaped value, plus now and then an extra or a getter.
        const full = fc.tuple(
          ...keys.map((key) => fc.option(value(def.shape![key]!), { freq: 8 })),
        );
        return fc
          .tuple(
            full,
            fc.array(fc.oneof({ weight: 3, arbitrary: extra }, getter, field), { maxLength: 2 }),
          )
          .map(([values, more]) =>
            objectRecipe([
              ...keys.flatMap((key, i): [string, Recipe][] =>
                values[i] === null ? [] : [[key, values[i]!]],
              ),
              ...more,
            ]),
          );
      }
      case 'array':
        return fc.array(value(def.element!), { maxLength: 4 }).map(arrayRecipe);
      case 'record':
        return fc
          .array(fc.tuple(fc.oneof(text, fc.constantFrom(...ODD_KEYS)), value(def.valueType!)), {
            maxLength: 3,
          })
          .map(objectRecipe);
      case 'enum':
        return fc.constantFrom(...Object.values(def.entries!)).map(plain);
      case 'literal':
        return fc.constantFrom(...def.values!).map(plain);
      case 'string':
        return text.map(plain);
      case 'number':
        return number.map(plain);
      case 'boolean':
        return fc.boolean().map(plain);
      case 'undefined':
        return fc.constant(plain(undefined));
      default:
        return anyValue;
    }
  };

  return fc.oneof(
    { weight: 6, arbitrary: shaped(schema, 0) },
    { weight: 1, arbitrary: hostileValue },
    { weight: 1, arbitrary: anyValue },
  );
}

interface SchemaDef {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
}

/**
 * The data folder's files and contents, leaving out backups (taken on the first read of a day)
 * and logs: what a refused input must leave exactly as it was.
 */
export async function dataFiles(dataDir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const path of await listTree(dataDir)) {
    if (path.startsWith('backups/') || path.startsWith('logs/') || path.endsWith('.log')) continue;
    files[path] = await readFile(join(dataDir, path), 'utf8');
  }
  return files;
}
