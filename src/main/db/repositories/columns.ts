// Rows become domain records here, at the repository seam. The cache holds only values the wire
// schemas or local commands checked, so a value outside its list means a damaged or newer cache:
// fail with the column's name rather than pass an unknown value on as a known one.
import { z } from 'zod';

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

/**
 * A JSON column read back through `schema`: the cache wrote it from values already checked, so
 * text that is not JSON, or JSON of another shape, is a damaged or newer cache. Throws naming
 * `column` (as `table.column`). For reads only: rows written while syncing are not re-checked.
 */
export function fromJson<S extends z.ZodType>(schema: S, raw: string, column: string): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new Error(`The cache holds ${column} that is not JSON`);
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new Error(`The cache holds ${column} of an unexpected shape: ${z.prettifyError(parsed.error)}`);
}
