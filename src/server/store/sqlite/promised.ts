// better-sqlite3 answers synchronously; the store's interfaces promise. A SQLite repository is
// written as the synchronous twin of its interface and wrapped once here.

/** The synchronous twin of a repository interface: the same methods, answering directly. */
export type Sync<T> = { [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => R : never };

export function promised<T>(repository: Sync<T>): T {
  const wrapped: Record<string, unknown> = {};
  for (const [key, method] of Object.entries(repository as Record<string, (...args: unknown[]) => unknown>)) {
    // A throw becomes a rejection, as it would from a database driver.
    wrapped[key] = (...args: unknown[]) => new Promise((resolve) => resolve(method(...args)));
  }
  return wrapped as T;
}
