import { useSyncExternalStore } from 'react';

/** Below this width the header's buttons show only their icon (base.css). */
const COMPACT_QUERY = '(max-width: 1365.98px)';

const subscribe = (onChange: () => void): (() => void) => {
  const query = window.matchMedia(COMPACT_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};

/** Whether the window is narrower than the full header needs (a 1280 px laptop, say). */
export const useCompactHeader = (): boolean => useSyncExternalStore(subscribe, () => window.matchMedia(COMPACT_QUERY).matches);
