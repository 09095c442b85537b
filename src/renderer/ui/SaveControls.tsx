// The bottom of a settings page's save bar: the drafts' problems once a save was tried (focused,
// so the supervisor lands on them), the save button (off, and saying why, while nothing changed),
// discarding, and what became of the last save.
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon.tsx';

interface Props {
  /** The page: its words under `${prefix}.save`, and its test and element ids (`${prefix}-save`, …). */
  prefix: 'hours' | 'scorecard' | 'routing' | 'listeningSettings';
  problems: string[];
  showProblems: boolean;
  problemsRef: RefObject<HTMLDivElement | null>;
  dirty: boolean;
  saving: boolean;
  /** Nothing changed and nothing was just saved: the button says why it is off. */
  nothing: boolean;
  note: string | null;
  failure: string | null;
  onSave: () => void;
  onRevert: () => void;
}

export function SaveControls({ prefix, problems, showProblems, problemsRef, dirty, saving, nothing, note, failure, onSave, onRevert }: Props) {
  const { t } = useTranslation();
  const text = {
    problems: t(`${prefix}.save.problems`), save: t(`${prefix}.save.save`), saving: t(`${prefix}.save.saving`),
    nothing: t(`${prefix}.save.nothing`), revert: t(`${prefix}.save.revert`), unsaved: t(`${prefix}.save.unsaved`),
  };
  return (
    <>
      {showProblems && problems.length > 0 ? (
        <div ref={problemsRef} tabIndex={-1} className="hours-problems" role="alert" data-testid={`${prefix}-problems`}>
          <p>{text.problems}</p>
          <ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      ) : null}
      <div className="button-row">
        <button type="button" className="button primary" data-testid={`${prefix}-save`} disabled={saving || !dirty}
          aria-describedby={nothing ? `${prefix}-save-nothing` : undefined} onClick={onSave}>
          {saving ? text.saving : text.save}
        </button>
        {nothing ? <span id={`${prefix}-save-nothing`} className="hint" data-testid={`${prefix}-nothing`}>{text.nothing}</span> : null}
        {dirty ? (
          <>
            <button type="button" className="button" onClick={onRevert}>{text.revert}</button>
            <span className="unsaved" data-testid={`${prefix}-unsaved`}><Icon name="dot" />{text.unsaved}</span>
          </>
        ) : null}
      </div>
      <p role="status" className="hint" data-testid={`${prefix}-save-note`}>{note}</p>
      {failure ? <p className="error" role="alert">{failure}</p> : null}
    </>
  );
}
