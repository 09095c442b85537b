export { Composer, focusComposer } from './Composer.tsx';
export { insertIntoReply, type Insertion } from './replyInsertion.ts';
