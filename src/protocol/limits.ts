// How much the wire carries. Both sides validate with these, so a console and its server
// never disagree on what fits.

/** Customer text is kept whole, but an absurd payload is refused before it reaches SQLite. */
export const CUSTOMER_TEXT_MAX = 200_000;
/** An agent's reply, an invitation or an auto-reply: more than any channel accepts. */
export const REPLY_TEXT_MAX = 100_000;
/** Templates or articles one message may name as its sources. */
export const SOURCES_MAX = 20;
/** Changes one pull may ask for. */
export const PULL_LIMIT_MAX = 2000;
/** Mutations one push may carry. */
export const PUSH_BATCH_MAX = 500;
