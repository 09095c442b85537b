// The reply box's id, and putting the cursor in it: apart from Composer.tsx so the shell's `r`
// shortcut does not bring the whole reply box into the window's first chunk.
export const COMPOSER_ID = 'reply-box';

/** Puts the cursor in the reply box (the `r` shortcut). False when no case is open. */
export function focusComposer(): boolean {
  const box = document.getElementById(COMPOSER_ID);
  if (!box) return false;
  box.focus();
  return true;
}
