/**
 * The value if it is one of `values`, else null. Select and SegmentedControl hand back plain
 * strings: this parses them into the enum instead of casting, so an unknown value never passes.
 */
export function oneOf<T extends string>(
  values: readonly T[],
  value: string | null | undefined,
): T | null {
  return values.find((candidate) => candidate === value) ?? null;
}
