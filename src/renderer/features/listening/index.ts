export { ListeningPage } from './ListeningPage.tsx';
