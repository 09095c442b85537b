export { ScorecardEditor } from './ScorecardEditor.tsx';
