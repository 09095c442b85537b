export { KnowledgePanel } from './KnowledgePanel.tsx';
