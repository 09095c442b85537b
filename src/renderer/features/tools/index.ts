import { lazy } from 'react';

// The pane and its panels (knowledge, templates, the customer's record) are a chunk of their own,
// preloaded by the shell as soon as the window is idle.
const loadToolsPane = () => import('./ToolsPane.tsx');
/** Render it inside ui/LazyBoundary. */
export const ToolsPane = lazy(() => loadToolsPane().then((m) => ({ default: m.ToolsPane })));
export const preloadToolsPane = (): void => void loadToolsPane();
export { resetTools } from './resetTools.ts';
