// Structured logs: one JSON object per line on stdout, for a log collector to read.
export type Level = 'info' | 'warn' | 'error';

export type Log = (level: Level, message: string, fields?: Record<string, unknown>) => void;

export const jsonLines = (write: (line: string) => void = (line) => process.stdout.write(line)): Log =>
  (level, message, fields = {}) => write(`${JSON.stringify({ at: new Date().toISOString(), level, message, ...fields })}\n`);
