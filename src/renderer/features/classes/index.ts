import { lazy } from 'react';

/** Loads on first opening (a chunk of its own): render it inside ui/LazyBoundary. */
export const ClassPage = lazy(() => import('./ClassPage.tsx').then((m) => ({ default: m.ClassPage })));
