// Whether a part of the console fits the window: inside it whole, and the page not scrolling.
import { expect, type Locator } from '@playwright/test';

export async function fitsWindow(part: Locator): Promise<{ inside: boolean; pageScrolls: boolean }> {
  const box = await part.boundingBox();
  const size = part.page().viewportSize();
  const scroll = await part.page().evaluate(() => ({
    height: document.scrollingElement?.scrollHeight ?? 0, width: document.scrollingElement?.scrollWidth ?? 0,
  }));
  const inside = box !== null && size !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width + 0.5 && box.y + box.height <= size.height + 0.5;
  return { inside, pageScrolls: size === null || scroll.height > size.height || scroll.width > size.width };
}

/** Whether a one-line text is cut (an ellipsis or hidden overflow): wider than the box that shows it. */
export async function textCut(part: Locator): Promise<boolean> {
  return part.evaluate((node) => node.scrollWidth > node.clientWidth + 0.5);
}

/** Whether `part` lies across no further than `column` does (a pane's overflow would clip it otherwise). */
export async function insideOf(part: Locator, column: Locator): Promise<boolean> {
  const [box, room] = await Promise.all([part.boundingBox(), column.boundingBox()]);
  return box !== null && room !== null && box.x >= room.x - 0.5 && box.x + box.width <= room.x + room.width + 0.5;
}

/** Whether an input's placeholder shows whole in its box, in the input's own font. */
export async function placeholderFits(input: Locator): Promise<boolean> {
  return input.evaluate((node: HTMLInputElement) => {
    const style = getComputedStyle(node);
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return false;
    context.font = `${style.fontSize} ${style.fontFamily}`;
    const room = node.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return context.measureText(node.placeholder).width <= room;
  });
}

/** The laptop screens every screen must work on. */
export const LAPTOPS = [{ width: 1366, height: 768 }, { width: 1280, height: 720 }] as const;

/** Inside the window, the page not scrolling, at both laptop sizes (the last one stays set). */
export async function fitsLaptops(part: Locator): Promise<void> {
  for (const size of LAPTOPS) {
    await part.page().setViewportSize(size);
    expect(await fitsWindow(part), `${size.width}×${size.height}`).toEqual({ inside: true, pageScrolls: false });
  }
}
