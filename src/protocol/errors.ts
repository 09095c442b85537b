// What the server answers when it refuses a request.
import { z } from 'zod';

/** Every error response: `{error, message}`; a sequence gap also says what it expected. */
export const ErrorBody = z.object({
  error: z.string(),
  message: z.string().optional(),
  expectedSeq: z.int().optional(),
});
