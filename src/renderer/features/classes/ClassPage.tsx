// The trainer's Clase section: the classes on the sandbox server and "Nueva clase" on the left;
// the chosen class on the right (by default the newest), with the new trainees' credentials right
// after creating it. Everything is asked of the server: without it the page says so.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassScripts, ClassStartResponse, ClassSummary } from '../../../shared/classes/wire.ts';
import { api } from '../../lib/bridge.ts';
import { ClassDetail } from './ClassDetail.tsx';
import { classErrorText } from './classError.ts';
import { ClassList } from './ClassList.tsx';
import { CredentialsCard } from './CredentialsCard.tsx';
import { NewClassForm } from './NewClassForm.tsx';
import { useAsk } from './useAsk.ts';
import './classes.css';

export function ClassPage() {
  const { t } = useTranslation();
  const classes = useAsk<ClassSummary[]>('classes', () => api.listClasses({}));
  const scripts = useAsk<ClassScripts['scripts']>('scripts', () => api.classScripts({}));
  const [chosen, setChosen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<ClassStartResponse | null>(null);
  const list = classes.data ?? [];
  const selected = list.find((c) => c.classId === chosen) ?? list[0] ?? null;
  const error = classes.error ?? scripts.error;

  const onCreated = (answer: ClassStartResponse) => {
    setCreated(answer);
    setChosen(answer.classId);
    setCreating(false);
    classes.refresh();
  };

  return (
    <div className="class-page" data-testid="class-page">
      <aside className="class-aside" aria-labelledby="class-list-title">
        <div className="class-bar">
          <h2 id="class-list-title">{t('classes.title')}</h2>
          <span className="header-spacer" />
          <button type="button" className="button ghost" data-testid="class-refresh" onClick={() => {
            classes.refresh();
            scripts.refresh();
          }}>{t('classes.refresh')}</button>
        </div>
        <button type="button" className="button primary class-new" data-testid="class-new" aria-expanded={creating}
          disabled={!scripts.data || scripts.data.length === 0} onClick={() => setCreating(true)}>
          {t('classes.newClass')}
        </button>
        {scripts.data?.length === 0 ? <p className="hint" data-testid="class-no-scripts">{t('classes.noScripts')}</p> : null}
        {classes.loading ? <p className="hint" role="status">{t('classes.loading')}</p> : null}
        {classes.data?.length === 0 ? <p className="hint" data-testid="class-empty-list">{t('classes.noClassesShort')}</p> : null}
        {list.length > 0 ? <ClassList classes={list} chosen={selected?.classId ?? null} onChoose={(id) => {
          setChosen(id);
          setCreating(false);
        }} /> : null}
      </aside>
      <section className="class-main-pane" aria-label={selected && !creating ? selected.title : t('classes.title')}>
        {error ? (
          <div className="class-error" role="alert" data-testid="class-error" data-code={error.code}>
            <p className="error">{classErrorText(t, error)}</p>
            <button type="button" className="button" data-testid="class-retry" onClick={() => {
              classes.refresh();
              scripts.refresh();
            }}>{t('app.retry')}</button>
          </div>
        ) : null}
        {creating && scripts.data ? <NewClassForm scripts={scripts.data} onCreated={onCreated} onCancel={() => setCreating(false)} /> : null}
        {!creating && created && selected?.classId === created.classId ? (
          <CredentialsCard created={created} title={selected.title} onDone={() => setCreated(null)} />
        ) : null}
        {!creating && selected ? <ClassDetail key={selected.classId} listed={selected} onChanged={classes.refresh} /> : null}
        {!creating && !error && classes.data?.length === 0 ? (
          <div className="empty" data-testid="class-empty">
            <p className="empty-title">{t('classes.noClasses')}</p>
            <p className="hint">{t('classes.noClassesHint')}</p>
          </div>
        ) : null}
      </section>
    </div>
  );
}
