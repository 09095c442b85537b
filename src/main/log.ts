// A small structured logger. Lines go to the profile's log file, readable by the user only.
// Never pass tokens or passwords: nothing here redacts, by design nothing secret reaches it.
import { appendFileSync } from 'node:fs';

export type Level = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  log(level: Level, message: string, fields?: Record<string, unknown>): void;
}

export const silentLogger: Logger = { log: () => undefined };

export function fileLogger(file: string): Logger {
  return {
    log(level, message, fields) {
      const line = JSON.stringify({ at: new Date().toISOString(), level, message, ...fields });
      try {
        appendFileSync(file, line + '\n', { mode: 0o600 });
      } catch {
        // A full disk must not stop the console: the log is the first thing to give way.
      }
    },
  };
}

/** Collects lines in memory: for tests that assert what was logged. */
export function memoryLogger(): Logger & { lines: { level: Level; message: string }[] } {
  const lines: { level: Level; message: string }[] = [];
  return { lines, log: (level, message) => lines.push({ level, message }) };
}
