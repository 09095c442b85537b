import { lazy } from 'react';

export { PresenceSelect } from './PresenceSelect.tsx';
/** Loads on first opening (a chunk of its own, with routing): render it inside ui/LazyBoundary. */
export const TeamPage = lazy(() => import('./TeamPage.tsx').then((m) => ({ default: m.TeamPage })));
