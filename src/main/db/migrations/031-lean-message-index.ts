import type { Migration } from './index.ts';

// The message index keeps which messages hold a word, not where in them (detail=none), nor how
// long each message is (columnsize=0): every search asks for whole words or their prefixes, one
// quoted term each (fts-query.ts), ordered by date, never by rank, and a snippet finds the words
// again in the hit's text. Where and how long were most of what a first sync wrote for the index.
// The few marks SQLite's tokenizer would split a word at, though Unicode (and what the agent
// types) keeps them inside it, stay inside it: a word cut in two would be a phrase, which this
// index cannot answer.
// messages_case goes too: messages_case_kind (case_id, kind, sent_at) finds a case's messages
// as well, and a thread (tens, at most hundreds of rows) sorts by date in a fraction of what
// reading it costs, while every first sync sorted and wrote the whole extra index.

/** New Tai Lue vowel signs and two Vedic signs: letters to Unicode since 8.0, marks to SQLite's tables. */
const WORD_MARKS = [
  ...Array.from({ length: 0x19c0 - 0x19b0 + 1 }, (_, i) => 0x19b0 + i),
  0x19c8, 0x19c9, 0x1cf2, 0x1cf3,
].map((cp) => String.fromCodePoint(cp)).join('');

export const m031LeanMessageIndex: Migration = {
  version: 31,
  name: '031-lean-message-index',
  up(db) {
    db.exec(`
      DROP INDEX IF EXISTS messages_case;
      DROP TABLE messages_fts;
      CREATE VIRTUAL TABLE messages_fts USING fts5(
        text, content='messages', content_rowid='rowid',
        tokenize="unicode61 remove_diacritics 2 tokenchars '${WORD_MARKS}'",
        detail=none, columnsize=0
      );
      INSERT INTO messages_fts(messages_fts) VALUES ('rebuild');
    `);
  },
};
