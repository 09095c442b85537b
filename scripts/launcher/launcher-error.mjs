// @ts-check
/** A failure the launcher explains in one line, without a stack trace. */
export class LauncherError extends Error {
  /** @override */
  name = 'LauncherError';
}
