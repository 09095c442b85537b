import { useSyncExternalStore } from 'react';

/** Below this width the header's buttons show only their icon (base.css): a supervisor's five sections, the presence and the profile need about 1 400 px in full. */
const COMPACT_QUERY = '(max-width: 1439.98px)';

const subscribe = (onChange: () => void): (() => void) => {
  const query = window.matchMedia(COMPACT_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};

/** Whether the window is narrower than the full header needs (a 1366 or 1280 px laptop). */
export const useCompactHeader = (): boolean => useSyncExternalStore(subscribe, () => window.matchMedia(COMPACT_QUERY).matches);
