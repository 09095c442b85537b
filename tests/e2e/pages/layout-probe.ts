/// <reference lib="dom" />
// Measures what an agent on a laptop notices: whether Send is on screen, how tall the thread
// is, how many inbox rows fit, whether anything scrolls sideways or wraps, in page pixels.
import type { Page } from '@playwright/test';

export interface LayoutFigures {
  viewport: { width: number; height: number };
  /** The Send button's box. */
  send: { top: number; bottom: number; left: number; right: number } | null;
  threadHeight: number;
  /** Inbox rows whose whole box is inside the list's visible box. */
  rowsVisible: number;
  page: { scrollHeight: number; scrollWidth: number };
  /** Panes (by test name) whose content is wider than their box. */
  sidewaysScroll: string[];
  /** Every item of the header's bar shares one horizontal band. */
  headerOneRow: boolean;
  headerHeight: number;
  caseLineOneRow: boolean;
  caseLineHeight: number;
  /** Channel labels cut short or pushed out of their row. */
  cutChannels: string[];
  toolsCollapsed: boolean;
  /** Tool tabs cut off or out of the pane. */
  cutTabs: string[];
}

export async function measureLayout(page: Page): Promise<LayoutFigures> {
  return page.evaluate(() => {
    const box = (element: Element | null) => element?.getBoundingClientRect() ?? null;
    const oneBand = (container: Element | null): boolean => {
      const items = [...(container?.children ?? [])].map((c) => c.getBoundingClientRect()).filter((r) => r.width > 1 && r.height > 1);
      if (items.length === 0) return false;
      return Math.max(...items.map((r) => r.top)) < Math.min(...items.map((r) => r.bottom));
    };
    const send = box(document.querySelector('[data-testid="send-reply"]'));
    const list = box(document.querySelector('.inbox-scroll'));
    const rows = [...document.querySelectorAll('[data-testid="case-row"]')].map((r) => r.getBoundingClientRect());
    const panes: Record<string, Element | null> = {
      inbox: document.querySelector('.inbox-pane'),
      inboxList: document.querySelector('.inbox-scroll'),
      case: document.querySelector('#case-pane'),
      thread: document.querySelector('[data-testid="case-thread"]'),
      composer: document.querySelector('[data-testid="composer"]'),
      tools: document.querySelector('[data-testid="tools-pane"]'),
      toolsPanel: document.querySelector('.tools-panel'),
      header: document.querySelector('.app-header'),
      footer: document.querySelector('.sync-bar'),
    };
    const sidewaysScroll = Object.entries(panes)
      .filter(([, el]) => el !== null && el.scrollWidth > el.clientWidth + 1)
      .map(([name, el]) => `${name}: ${el?.scrollWidth} > ${el?.clientWidth}`);
    const cutChannels = [...document.querySelectorAll('[data-testid="channel-name"]')].flatMap((label) => {
      const holder = label.closest('[data-testid="case-row"], [data-testid="case-line"]');
      const outer = box(holder);
      const own = label.getBoundingClientRect();
      const cut = label.scrollWidth > label.clientWidth || (outer !== null && (own.right > outer.right + 0.5 || own.left < outer.left - 0.5));
      return cut ? [label.textContent] : [];
    });
    const tools = document.querySelector('[data-testid="tools-pane"]');
    const toolsBox = box(tools);
    const cutTabs = [...document.querySelectorAll('.tools-tab')].flatMap((tab) => {
      const r = tab.getBoundingClientRect();
      const cut = tab.scrollWidth > tab.clientWidth || toolsBox === null || r.right > toolsBox.right + 0.5 || r.left < toolsBox.left - 0.5;
      return cut ? [tab.textContent] : [];
    });
    const header = document.querySelector('.header-bar');
    const line = document.querySelector('[data-testid="case-line"]');
    const scroller = document.scrollingElement ?? document.documentElement;
    return {
      viewport: { width: innerWidth, height: innerHeight },
      send: send && { top: send.top, bottom: send.bottom, left: send.left, right: send.right },
      threadHeight: box(document.querySelector('[data-testid="case-thread"]'))?.height ?? 0,
      rowsVisible: list === null ? 0 : rows.filter((r) => r.top >= list.top - 0.5 && r.bottom <= list.bottom + 0.5 && r.height > 0).length,
      page: { scrollHeight: scroller.scrollHeight, scrollWidth: scroller.scrollWidth },
      sidewaysScroll,
      headerOneRow: oneBand(header),
      headerHeight: box(header)?.height ?? 0,
      caseLineOneRow: oneBand(line),
      caseLineHeight: box(line)?.height ?? 0,
      cutChannels,
      toolsCollapsed: tools?.getAttribute('data-collapsed') === 'true',
      cutTabs,
    };
  });
}
