// For what a view shows beside its main content (suggestions next to a case's thread): read and
// drawn from the frame after the view first painted, so it never holds up that first frame.
import { useEffect, useState } from 'react';

/** False until the frame after the component's first commit has been painted. */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => { timer = setTimeout(() => setPainted(true), 0); });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
