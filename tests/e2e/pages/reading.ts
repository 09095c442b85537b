// How a person reads customer text on screen: the characters in the order they are painted,
// left to right (what an override would turn around), and the direction the text runs in.
// innerText alone is not enough: it keeps the logical order whatever an override paints.
import { expect, type Locator, type Page } from '@playwright/test';

export class CustomerTextOnScreen {
  readonly page: Page;
  /** The open case's heading (number and customer). */
  readonly caseTitle: Locator;
  /** The subject on the case's line (it gives way to the buttons on a crowded line) and in its details. */
  readonly caseSubject: Locator;
  readonly detailsSubject: Locator;
  private readonly detailsToggle: Locator;

  constructor(page: Page) {
    this.page = page;
    this.caseTitle = page.getByTestId('case-title');
    this.caseSubject = page.getByTestId('case-subject');
    this.detailsSubject = page.getByTestId('case-details-subject');
    this.detailsToggle = page.getByTestId('case-details-toggle');
  }

  async showDetails(): Promise<void> {
    await this.detailsToggle.click();
    await expect(this.detailsSubject).toBeVisible();
  }

  /** The subject line and customer name of an inbox row. */
  rowSubject(row: Locator): Locator {
    return row.getByTestId('case-row-subject');
  }

  /** The text of a message of the open thread (plain, or an e-mail's formatted body). */
  messageText(message: Locator): Locator {
    return message.locator('.message-text, .email-body');
  }

  /** The element's visible characters sorted by where they are painted, left to right. */
  async leftToRight(target: Locator): Promise<string> {
    await expect(target).toBeVisible();
    return target.evaluate((element) => {
      const painted: { x: number; y: number; char: string }[] = [];
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const box = range.getBoundingClientRect();
          if (box.width > 0) painted.push({ x: box.left, y: Math.round(box.top), char: text[i]! });
        }
      }
      painted.sort((a, b) => a.y - b.y || a.x - b.x);
      return painted.map((p) => p.char).join('');
    });
  }

  /** The direction the element's text runs in as laid out: `rtl` or `ltr`. */
  direction(target: Locator): Promise<string> {
    return target.evaluate((element) => getComputedStyle(element).direction);
  }

  /** Whether any bidi override or embedding control reached the page's text. */
  async hasBidiControls(target: Locator): Promise<boolean> {
    return /[\u202a-\u202e\u2066-\u2069]/.test(await target.innerText());
  }
}
