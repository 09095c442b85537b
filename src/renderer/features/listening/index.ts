import { lazy } from 'react';

/** Loads on first opening (a chunk of its own): render it inside ui/LazyBoundary. */
export const ListeningPage = lazy(() => import('./ListeningPage.tsx').then((m) => ({ default: m.ListeningPage })));
