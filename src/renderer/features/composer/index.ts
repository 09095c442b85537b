export { Composer, focusComposer } from './Composer.tsx';
