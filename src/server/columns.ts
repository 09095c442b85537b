// Rows become wire payloads and records at the store's edge. Every value was checked on its way
// in (by the wire's schemas, a mutation's args or the scenario's schema), so one that does not
// parse means a damaged store or one written by a newer version: fail naming the table and the
// column, rather than pass an unknown value on as a known one.
import { z } from 'zod';

export type Row = Record<string, unknown>;

function corrupt(where: string, raw: unknown, why: string): Error {
  const shown = typeof raw === 'string' ? JSON.stringify(raw.length > 80 ? `${raw.slice(0, 80)}…` : raw) : String(raw);
  return new Error(`The server's store holds ${shown} in ${where}, which is not valid: ${why}`);
}

/** `raw`, read from `where` (`table.column`), as `schema` says; throws naming the column when it is not. */
export function columnValue<S extends z.ZodType>(schema: S, raw: unknown, where: string): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw corrupt(where, raw, z.prettifyError(parsed.error));
  return parsed.data;
}

/** A JSON column: its text parsed, then checked by `schema`. */
export function jsonColumn<S extends z.ZodType>(schema: S, raw: unknown, where: string): z.output<S> {
  if (typeof raw !== 'string') throw corrupt(where, raw, 'JSON text expected');
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw corrupt(where, raw, 'it is not JSON');
  }
  return columnValue(schema, value, where);
}

/** Reads one row of `table`, column by column, each checked. */
export class RowReader {
  private readonly table: string;
  private readonly values: Row;

  constructor(table: string, row: Row) {
    this.table = table;
    this.values = row;
  }

  text(column: string): string {
    const raw = this.values[column];
    if (typeof raw !== 'string') throw corrupt(this.where(column), raw, 'text expected');
    return raw;
  }

  textOrNull(column: string): string | null {
    return this.values[column] === null ? null : this.text(column);
  }

  int(column: string): number {
    const raw = this.values[column];
    if (typeof raw !== 'number' || !Number.isInteger(raw)) throw corrupt(this.where(column), raw, 'a whole number expected');
    return raw;
  }

  /** An enumerated (or otherwise constrained) column, checked by its wire schema. */
  as<S extends z.ZodType>(column: string, schema: S): z.output<S> {
    return columnValue(schema, this.values[column], this.where(column));
  }

  json<S extends z.ZodType>(column: string, schema: S): z.output<S> {
    return jsonColumn(schema, this.values[column], this.where(column));
  }

  jsonOrNull<S extends z.ZodType>(column: string, schema: S): z.output<S> | null {
    return this.values[column] === null ? null : this.json(column, schema);
  }

  private where(column: string): string {
    return `${this.table}.${column}`;
  }
}
