// Whether a part of the console fits the window: inside it whole, and the page not scrolling.
import type { Locator } from '@playwright/test';

export async function fitsWindow(part: Locator): Promise<{ inside: boolean; pageScrolls: boolean }> {
  const box = await part.boundingBox();
  const size = part.page().viewportSize();
  const scroll = await part.page().evaluate(() => ({
    height: document.scrollingElement?.scrollHeight ?? 0, width: document.scrollingElement?.scrollWidth ?? 0,
  }));
  const inside = box !== null && size !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width + 0.5 && box.y + box.height <= size.height + 0.5;
  return { inside, pageScrolls: size === null || scroll.height > size.height || scroll.width > size.width };
}
