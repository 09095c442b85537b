// A queued mutation as the console reads it back: its stored name and args parsed once with the
// protocol's schema, so nothing downstream re-parses JSON or casts it.
import { z } from 'zod';
import { isMutationName, MUTATION_ARGS, type MutationArgs, type MutationName } from '../../../protocol/mutations/index.ts';

/** A name and its args, typed together: narrowing on `name` types `args`. */
export type Mutation<N extends MutationName = MutationName> = { [K in N]: { name: K; args: MutationArgs<K> } }[N];

const StoredJson = z.json();
/** Args as JSON, the way the wire carries them. */
export type StoredArgs = z.infer<typeof StoredJson>;

/** A pending outbox row, in the order the server applies it. */
export interface PendingMutation {
  seq: number;
  id: string;
  baseVersion: number | null;
  createdAt: string;
  /**
   * The name and args as stored, which is what is sent: the server judges a row this console
   * can no longer read too, and its refusal shows like any other, without a hole in the seq.
   */
  stored: { name: string; args: StoredArgs };
  /** The same, parsed; null when the name is unknown or the args no longer parse. */
  mutation: Mutation | null;
}

/** Parses a stored row's name and args text; null when they are not a mutation this console knows. */
export function readMutation(name: string, args: unknown): Mutation | null {
  if (!isMutationName(name)) return null;
  const parsed = MUTATION_ARGS[name].safeParse(args);
  // The schema was looked up by this very name, so what it parsed is this name's args.
  return parsed.success ? ({ name, args: parsed.data } as Mutation) : null;
}

/** Stored args text as JSON; null (refused by the server as invalid) when it is not JSON at all. */
export function storedArgs(text: string): StoredArgs {
  try {
    return StoredJson.parse(JSON.parse(text));
  } catch {
    return null;
  }
}
