export { PresenceSelect } from './PresenceSelect.tsx';
export { TeamPage } from './TeamPage.tsx';
