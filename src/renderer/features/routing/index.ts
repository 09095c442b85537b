export { RoutingDialog } from './RoutingDialog.tsx';
