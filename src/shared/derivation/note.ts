// The longest note a derivation carries. Apart from derivation.ts's zod schemas, so the case
// view's derive form can read it without bringing zod into the window's first chunk.
export const DERIVATION_NOTE_MAX = 2000;
