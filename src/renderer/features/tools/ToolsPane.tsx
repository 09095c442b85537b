// The pane beside the case: the knowledge base, the templates and the customer's record, one
// at a time, as tabs. The first two insert into the open case's reply at the cursor. It folds
// to a rail (its toggle, or `l`), and folds by itself on a narrow window, where it opens over
// the case instead of squeezing it.
import { useTranslation } from 'react-i18next';
import { useToolsPane, type Tool } from '../../lib/toolsPane.ts';
import { Icon, type IconName } from '../../ui/Icon.tsx';
import { TabList } from '../../ui/TabList.tsx';
import { KnowledgePanel } from '../knowledge/index.ts';
import { TemplatesPanel } from '../templates/index.ts';
import { CustomerPanel } from '../customer/index.ts';
import { CollapseToggle } from './CollapseToggle.tsx';
import { useNarrowWindow } from './useNarrowWindow.ts';

const TOOLS: readonly Tool[] = ['knowledge', 'templates', 'customer'];
const TOOL_ICON: Record<Tool, IconName> = { knowledge: 'book', templates: 'template', customer: 'user' };

export function ToolsPane({ caseId }: { caseId: string | null }) {
  const { t } = useTranslation();
  const tool = useToolsPane((s) => s.tool);
  const show = useToolsPane((s) => s.show);
  const collapsed = useToolsPane((s) => s.collapsed);
  const narrow = useToolsPane((s) => s.narrow);
  const focusRequest = useToolsPane((s) => s.focusRequest);
  useNarrowWindow();

  if (collapsed) {
    return (
      <aside className="tools-pane tools-rail" aria-label={t('tools.label')} data-testid="tools-pane" data-collapsed="true">
        <CollapseToggle collapsed />
        {TOOLS.map((name) => (
          <button key={name} type="button" className="button ghost rail-tool" data-testid={`tool-rail-${name}`}
            aria-label={t(`tools.${name}`)} title={t(`tools.${name}`)} onClick={() => show(name)}>
            <Icon name={TOOL_ICON[name]} />
          </button>
        ))}
      </aside>
    );
  }
  return (
    <aside className="tools-pane" aria-label={t('tools.label')} data-testid="tools-pane" data-collapsed="false" data-overlay={narrow}>
      <div className="tools-head">
        <TabList tabs={TOOLS} current={tool} onChoose={show} idPrefix="tool" label={t('tools.label')} className="tools-tabs"
          labelOf={(name) => t(`tools.${name}`)} />
        <CollapseToggle collapsed={false} />
      </div>
      <div role="tabpanel" id={`tool-panel-${tool}`} aria-labelledby={`tool-tab-${tool}`} className="tools-panel">
        {tool === 'knowledge' ? <KnowledgePanel caseId={caseId} focusRequest={focusRequest} /> : null}
        {tool === 'templates' ? <TemplatesPanel caseId={caseId} focusRequest={focusRequest} /> : null}
        {tool === 'customer' ? <CustomerPanel caseId={caseId} /> : null}
      </div>
    </aside>
  );
}
