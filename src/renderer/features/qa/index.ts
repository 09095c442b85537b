import { lazy } from 'react';

/** Loads on first opening (a chunk of its own): render it inside ui/LazyBoundary. */
export const QualityPage = lazy(() => import('./QualityPage.tsx').then((m) => ({ default: m.QualityPage })));
