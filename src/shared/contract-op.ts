import type { z } from 'zod';

/** Declares an operation of the contract: `op<Output>()(inputSchema)`. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- O is the operation's output type, carried as a phantom
export const op = <O>() => <I extends z.ZodType>(input: I) => ({ input, output: undefined as unknown as O });
