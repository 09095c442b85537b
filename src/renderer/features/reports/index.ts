import { lazy } from 'react';

/** Loads on first opening (a chunk of its own, with the charts): render it inside ui/LazyBoundary. */
export const ReportsPage = lazy(() => import('./ReportsPage.tsx').then((m) => ({ default: m.ReportsPage })));
