export { Composer } from './Composer.tsx';
export { focusComposer } from './focus.ts';
export { insertIntoReply, type Insertion } from './replyInsertion.ts';
