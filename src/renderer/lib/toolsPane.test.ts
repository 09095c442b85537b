import { beforeEach, describe, expect, it } from 'vitest';
import { useToolsPane } from './toolsPane.ts';

const state = () => useToolsPane.getState();

beforeEach(() => {
  useToolsPane.setState({ tool: 'knowledge', collapsed: false, narrow: false, wideCollapsed: false, focusRequest: 0, articleRequest: null });
});

describe('the tools pane', () => {
  it('folds and unfolds with the toggle', () => {
    state().toggleCollapsed();
    expect(state().collapsed).toBe(true);
    state().toggleCollapsed();
    expect(state().collapsed).toBe(false);
  });

  it('unfolds when a tool or an article is asked for', () => {
    state().toggleCollapsed();
    state().show('templates', true);
    expect(state()).toMatchObject({ collapsed: false, tool: 'templates', focusRequest: 1 });
    state().toggleCollapsed();
    state().openArticle('art-1');
    expect(state()).toMatchObject({ collapsed: false, tool: 'knowledge', articleRequest: { id: 'art-1', n: 1 } });
  });

  it('folds by itself on a narrow window and gives back the agent’s choice when it widens', () => {
    state().setNarrow(true);
    expect(state().collapsed).toBe(true);
    state().toggleCollapsed(); // opened over the case for a moment
    expect(state().collapsed).toBe(false);
    state().setNarrow(false);
    expect(state().collapsed).toBe(false);

    state().toggleCollapsed(); // folded on purpose on a wide window
    state().setNarrow(true);
    state().show('customer');
    state().setNarrow(false);
    expect(state().collapsed).toBe(true);
  });
});
