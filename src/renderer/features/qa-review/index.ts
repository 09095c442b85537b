export { ReviewScreen } from './ReviewScreen.tsx';
export { answerLabel } from './answerLabel.ts';
export { choicesOf } from './reviewKeys.ts';
