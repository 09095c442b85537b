// The presence states an agent chooses from, in the header's order. Apart from presence.ts's zod
// schema, so the header can list them without bringing zod into the window's first chunk.
export const PRESENCE_STATES = ['available', 'busy', 'away'] as const;
