// Rows become domain records here, at the repository seam. The cache holds only values the wire
// schemas or local commands checked, so a value outside its list means a damaged or newer cache:
// fail with the column's name rather than pass an unknown value on as a known one.

/** `raw` as one of `values`; throws naming `column` when it is not. */
export function oneOf<T extends string>(values: readonly T[], raw: string, column: string): T {
  if (isOneOf(values, raw)) return raw;
  throw new Error(`The cache holds ${column} "${raw}", which is not one of ${values.join(', ')}`);
}

/** Like oneOf, for a column that may be NULL. */
export function oneOfOrNull<T extends string>(values: readonly T[], raw: string | null, column: string): T | null {
  return raw === null ? null : oneOf(values, raw, column);
}

function isOneOf<T extends string>(values: readonly T[], raw: string): raw is T {
  return (values as readonly string[]).includes(raw);
}
