export { ToolsPane } from './ToolsPane.tsx';
