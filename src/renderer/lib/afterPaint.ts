// "After the next frame has been painted": a frame callback, then a task, so style, layout and
// paint of what was just committed are done. The perf marks end there, and what a view shows
// beside its main content (suggestions next to a case's thread) starts there, so it never holds
// up that first frame.
import { startTransition, useEffect, useState } from 'react';

/** Runs `then` after the next frame has been painted; returns what cancels it. */
export function afterPaint(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => { timer = setTimeout(then, 0); });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * False until the frame after the component's first commit has been painted. `yielding` draws what
 * that frame left out as a transition, which gives way to the agent's clicks and keys.
 */
export function useAfterPaint(yielding = false): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterPaint(() => (yielding ? startTransition(() => setPainted(true)) : setPainted(true))), [yielding]);
  return painted;
}
