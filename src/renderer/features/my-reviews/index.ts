import { lazy } from 'react';

/** Loads on first opening (a chunk of its own): render it inside ui/LazyBoundary. */
export const MyReviewsPage = lazy(() => import('./MyReviewsPage.tsx').then((m) => ({ default: m.MyReviewsPage })));
export { DisputesToResolve } from './DisputesToResolve.tsx';
