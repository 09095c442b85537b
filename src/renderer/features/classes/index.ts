export { ClassPage } from './ClassPage.tsx';
