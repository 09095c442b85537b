// Presence and the supervisor's team view on the wire (docs/openapi.yaml).
import { z } from 'zod';
import { PresenceState } from '../shared/presence.ts';
import { TeamView } from '../shared/team.ts';
import { isoTime } from './fields.ts';

/** `POST /v1/presence`: the state only; the server stamps it with its own clock. */
export const PresenceRequest = z.object({ state: PresenceState });
export const PresenceResponse = z.object({ state: PresenceState, at: isoTime });
export type PresenceResponse = z.infer<typeof PresenceResponse>;

/** `GET /v1/team`: supervisors only. */
export const TeamResponse = TeamView;
export type TeamResponse = z.infer<typeof TeamResponse>;
