import { z } from 'zod';

/** A case's id as the contract's operations take it (here, so a feature's operations can share it without a cycle). */
export const caseId = z.string().min(1).max(200);

/** Declares an operation of the contract: `op<Output>()(inputSchema)`. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- O is the operation's output type, carried as a phantom
export const op = <O>() => <I extends z.ZodType>(input: I) => ({ input, output: undefined as unknown as O });
