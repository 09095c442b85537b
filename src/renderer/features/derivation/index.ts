// What the rest of the console may use from derivation.
export { DeriveAction } from './DeriveAction.tsx';
export { DerivationPanel } from './DerivationPanel.tsx';
export { DerivedToMe } from './DerivedToMe.tsx';
