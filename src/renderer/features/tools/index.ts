export { resetTools, ToolsPane } from './ToolsPane.tsx';
