// Signing in: a token for this device, the agent it stands for and the server's clock.
import { z } from 'zod';
import { ROLES } from '../shared/domain.ts';
import { id, isoTime } from './fields.ts';

export const LoginRequest = z.object({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(200),
  deviceId: z.string().min(1).max(100).optional(),
});
export const LoginResponse = z.object({
  token: z.string().min(16),
  agent: z.object({ id, username: z.string(), name: z.string(), role: z.enum(ROLES) }),
  serverNow: isoTime,
});
export type LoginResponse = z.infer<typeof LoginResponse>;
