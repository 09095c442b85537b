// The wire's building blocks, shared by every schema of the protocol.
import { z } from 'zod';
import { SOURCES_MAX } from './limits.ts';

/** Server times carry their offset: time rules decide by them, never by a laptop's clock. */
export const isoTime = z.iso.datetime({ offset: true });
/** A calendar day (e.g. an agent's hire date), no time or zone. */
export const isoDate = z.iso.date();
export const id = z.string().min(1).max(200);
/** The templates or articles a message was made from, each at the version inserted. */
export const sourceRefs = z.array(z.object({ id, version: z.int().nonnegative() })).max(SOURCES_MAX);
