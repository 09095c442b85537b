// The templates beside the case: search (accent-insensitive, letters may be missing), filter by
// owner, read a template, insert it at the reply's cursor (asking first when it is too long for
// the channel), and keep personal templates: new, edited, deleted, or copied from the company's.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSuggestion } from '../../../shared/contract.ts';
import { contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { insertIntoReply } from '../composer/index.ts';
import { TemplateConfirm, type Asking } from './TemplateConfirm.tsx';
import { TemplateEditor, type EditorStart } from './TemplateEditor.tsx';
import { itemId, TemplateItem, type ItemActions } from './TemplateItem.tsx';
import { byOwner, chosen, step, type OwnerFilter } from './templateList.ts';
import { TemplateSearch } from './TemplateSearch.tsx';
import { useCaseContext } from './useCaseContext.ts';
import { useSearchFocus } from './useSearchFocus.ts';
import { useTemplateList } from './useTemplateList.ts';

interface Notice {
  text: string;
  error: boolean;
}

export function TemplatesPanel({ caseId, focusRequest }: { caseId: string | null; focusRequest: number }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<OwnerFilter>('all');
  const [pickedId, setPickedId] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState(false);
  const [editor, setEditor] = useState<EditorStart | null>(null);
  const [asking, setAsking] = useState<Asking | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [announced, setAnnounced] = useState('');
  const search = useRef<HTMLInputElement>(null);
  const [noticeFor, setNoticeFor] = useState(caseId);
  if (noticeFor !== caseId) {
    // What was said about the last case's reply is not about this one.
    setNoticeFor(caseId);
    setNotice(null);
  }
  const context = useCaseContext(caseId);
  const { data, error, loading, busy } = useTemplateList(caseId, query);
  const items = byOwner(data ?? [], filter);
  const current = chosen(items, pickedId);
  useSearchFocus(focusRequest, () => search.current?.select());

  const put = (template: TemplateSuggestion) => {
    const inserted = insertIntoReply({ body: template.body, source: { kind: 'template', id: template.id, version: template.version } });
    setNotice(inserted ? { text: t('templatesPanel.inserted', { title: template.title }), error: false } : { text: t('templatesPanel.noComposer'), error: true });
  };

  const actions: ItemActions = {
    choose: (template) => {
      setCollapsed(current?.id === template.id ? !collapsed : false);
      setPickedId(template.id);
    },
    insert: (template) => (template.tooLong ? setAsking({ kind: 'long', template }) : put(template)),
    edit: (template) => setEditor({ kind: 'edit', template }),
    copy: (template) => setEditor({ kind: 'copy', template }),
    remove: (template) => setAsking({ kind: 'delete', template }),
  };

  const onStep = (by: 1 | -1) => {
    const next = step(items, current?.id ?? null, by);
    const template = items.find((item) => item.id === next);
    if (!next || !template) return;
    setPickedId(next);
    setCollapsed(false);
    setAnnounced(template.title);
    document.getElementById(itemId(next))?.scrollIntoView({ block: 'nearest' });
  };

  const onSaved = (templateId: string) => {
    if (editor?.kind !== 'edit') setQuery(''); // so the new template is in view
    if (filter === 'company') setFilter('all');
    setPickedId(templateId);
    setCollapsed(false);
    setEditor(null);
    setNotice({ text: t('templatesPanel.saved'), error: false });
  };

  const onDeleted = (failure: unknown) =>
    setNotice(failure === null
      ? { text: t('templatesPanel.deleted'), error: false }
      : { text: t('templatesPanel.deleteFailed', { message: errorText(t, contractError(failure)) }), error: true });

  return (
    <div className="templates-panel" data-testid="templates-panel">
      <div className="templates-head">
        <TemplateSearch ref={search} query={query} filter={filter} onQuery={setQuery} onFilter={setFilter} onStep={onStep}
          onEnter={() => current && (caseId === null ? put(current) : actions.insert(current))} />
        <div className="templates-bar">
          <span className="hint" data-testid="templates-count">{t('templatesPanel.count', { count: items.length })}</span>
          <button type="button" className="button" data-testid="new-template" onClick={() => setEditor({ kind: 'new' })}>
            {t('templatesPanel.new')}
          </button>
        </div>
        {caseId === null ? <p className="hint" data-testid="templates-no-case">{t('templatesPanel.noCase')}</p> : null}
      </div>
      <p className="sr-only" aria-live="polite">{announced}</p>
      <p className={notice?.error ? 'templates-notice error' : 'templates-notice'} role="status" data-testid="templates-notice">{notice?.text}</p>
      {items.length > 0 ? (
        <ul className="template-list" aria-label={t('templatesPanel.listLabel')} aria-busy={busy} data-testid="template-list">
          {items.map((template) => (
            <TemplateItem key={template.id} template={template} chosen={template.id === current?.id}
              expanded={template.id === current?.id && !collapsed} context={context} canInsert={caseId !== null} actions={actions} />
          ))}
        </ul>
      ) : (
        <p className="templates-empty hint" data-testid="templates-empty" aria-busy={busy}>
          {loading && !data ? t('templatesPanel.loading')
            : error && !data ? t('templatesPanel.loadFailed', { message: errorText(t, error) })
              : query.trim() !== '' ? t('templatesPanel.noMatch', { query: query.trim() })
                : filter === 'mine' ? t('templatesPanel.noneMine') : t('templatesPanel.none')}
        </p>
      )}
      <Dialog open={editor !== null} title={editor ? t(`templatesPanel.editor.${editor.kind}Title`) : ''} onClose={() => setEditor(null)}
        testId="template-editor">
        {editor ? <TemplateEditor start={editor} onSaved={onSaved} onCancel={() => setEditor(null)} /> : null}
      </Dialog>
      <TemplateConfirm asking={asking} channel={context?.channel ?? null} onDone={() => setAsking(null)} onInsert={put} onDeleted={onDeleted} />
    </div>
  );
}
