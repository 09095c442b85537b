import { useTranslation } from 'react-i18next';
import { useToolsPane } from '../../lib/toolsPane.ts';
import { Icon } from '../../ui/Icon.tsx';

/** Folds or unfolds the tools pane; the `l` key does the same (the hint shows on the button). */
export function CollapseToggle({ collapsed }: { collapsed: boolean }) {
  const { t } = useTranslation();
  const toggle = useToolsPane((s) => s.toggleCollapsed);
  const label = collapsed ? t('tools.expand') : t('tools.collapse');
  return (
    <button type="button" className="button ghost tools-toggle" data-testid="tools-toggle" aria-expanded={!collapsed}
      aria-label={label} aria-keyshortcuts="l" title={`${label} (L)`} onClick={toggle}>
      <Icon name={collapsed ? 'paneOpen' : 'paneClose'} />
      <kbd aria-hidden="true">L</kbd>
    </button>
  );
}
