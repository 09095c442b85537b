// The reply box: multi-line, signed with the agent's name, a character counter against the
// channel's limit (over the limit blocks sending and says why), Ctrl/Cmd+Enter to send,
// Ctrl/Cmd+Shift+Enter to send and then resolve, and templates inserted with "/" and
// knowledge-base articles with "??" (or either from the panels beside it, at the cursor), whose
// fields (holes) must be filled before sending.
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_INFO } from '../../../shared/channels.ts';
import type { CaseSummary } from '../../../shared/models.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { shortcutFor } from '../../lib/shortcuts.ts';
import { caseValues } from '../../lib/templateValues.ts';
import { Icon } from '../../ui/Icon.tsx';
import { articleOptionId, ARTICLE_PICKER_ID, ArticlePicker } from './ArticlePicker.tsx';
import { articleQueryAt } from './articleQuery.ts';
import { replyLength } from './replyLength.ts';
import { insertionRange, type LastInsertion } from './insertionPoint.ts';
import { useReplyInsertionTarget, type Insertion } from './replyInsertion.ts';
import { insertTemplate, nextHole, slashQueryAt, unfilled } from './slashQuery.ts';
import { optionId, PICKER_ID, TemplatePicker } from './TemplatePicker.tsx';
import { useArticleLookup } from './useArticleLookup.ts';
import { EMPTY_DRAFT, useDraft } from './useDraft.ts';
import { useTemplateLookup } from './useTemplateLookup.ts';
import { COMPOSER_ID } from './focus.ts';

const FORM_ID = 'reply-form';

interface ComposerProps {
  summary: CaseSummary;
  agentName: string;
  /** Asks to resolve the case: after Ctrl/Cmd+Shift+Enter, once the reply is queued. */
  onResolve: () => void;
  /** Shown by the Send button (the case's state buttons), outside the form: their dialogs have forms of their own. */
  actions?: ReactNode;
}

export function Composer({ summary, agentName, onResolve, actions }: ComposerProps) {
  const { t } = useTranslation();
  const { id: caseId, channel } = summary;
  const { draft, loaded, update, clear, hold } = useDraft(caseId);
  const { text } = draft;
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [cursor, setCursor] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  const [closedAt, setClosedAt] = useState<number | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  const lookupOpen = cursor !== null && closedAt !== cursor;
  const slash = lookupOpen ? slashQueryAt(text, cursor) : null;
  const ask = lookupOpen && !slash ? articleQueryAt(text, cursor) : null;
  const suggestions = useTemplateLookup(caseId, slash?.query ?? null);
  const { maxLength: max, visibility } = CHANNEL_INFO[channel];
  const count = replyLength(text);
  const over = count - max;
  const holes = unfilled(text, draft.holes);
  const canSend = loaded && !sending && text.trim() !== '' && over <= 0 && holes.length === 0;

  // Where the selection goes once the inserted text is in the box: applied before the next
  // keystroke is handled, so fast typing lands in the field, not after it.
  const pendingSelection = useRef<{ start: number; end: number } | null>(null);
  const lastInsertion = useRef<LastInsertion | null>(null);
  useLayoutEffect(() => {
    const wanted = pendingSelection.current;
    if (!wanted || !box.current) return;
    pendingSelection.current = null;
    box.current.focus();
    box.current.setSelectionRange(wanted.start, wanted.end);
  });

  const select = (start: number, end: number) => {
    pendingSelection.current = { start, end };
    setCursor(end);
  };

  // Fields the agent filled in (their labels gone) stop blocking; an emptied box starts afresh,
  // so the next reply is not recorded as made from what was deleted.
  const setText = (next: string) =>
    update(next.trim() === '' ? { ...EMPTY_DRAFT, text: next } : { ...draft, text: next, holes: unfilled(next, draft.holes) });

  /** Replaces text[start, end) with `insertion`, filled with this case's values, and records its source. */
  const insert = (start: number, end: number, { body, source }: Insertion) => {
    const inserted = insertTemplate(text, start, end, body, caseValues(summary, agentName, t));
    const list = source.kind === 'template' ? 'templates' : 'articles';
    // The contract keeps the last 20 of each: a longer list would make every save fail.
    const sources = [...draft[list].filter((s) => s.id !== source.id), { id: source.id, version: source.version }].slice(-20);
    update({ ...draft, text: inserted.text, [list]: sources, holes: unfilled(inserted.text, [...draft.holes, ...inserted.holes]) });
    lastInsertion.current = { text: inserted.text, selection: inserted.selection, end: inserted.text.length - (text.length - end) };
    setActive(0);
    select(inserted.selection.start, inserted.selection.end);
  };

  const articles = useArticleLookup(ask, text, insert);

  const choose = (index: number) => {
    const item = suggestions[index];
    if (!slash || cursor === null || !item) return;
    insert(slash.start, cursor, { body: item.body, source: { kind: 'template', id: item.id, version: item.version } });
  };

  // From a panel: at the cursor (or over the selection), apart from the words around it.
  useReplyInsertionTarget((insertion: Insertion) => {
    if (sending) return false; // the reply is on its way out: an insertion now would be lost
    const at = box.current?.selectionStart ?? text.length;
    const { start, end } = insertionRange(text, { start: at, end: box.current?.selectionEnd ?? at }, lastInsertion.current);
    const before = text.slice(0, start);
    const gap = before === '' || /\s$/.test(before) ? '' : insertion.body.includes('\n') ? '\n' : ' ';
    insert(start, end, { ...insertion, body: gap + insertion.body });
    return true;
  });

  const mounted = useRef(true);
  useEffect(() => () => {
    mounted.current = false;
  }, []);

  /** Queues the reply; `then` runs once it is queued, never when the console refused it. */
  const send = (then?: () => void) => {
    if (!canSend) return;
    setSending(true);
    setError(null);
    hold();
    const { templates, articles } = draft;
    api.sendReply({ caseId, text, ...(templates.length ? { templates } : {}), ...(articles.length ? { articles } : {}) }).then(
      () => {
        clear();
        setSending(false);
        // The agent may have moved to another case meanwhile: its resolve dialog is not asked for.
        if (mounted.current) then?.();
      },
      (failure: unknown) => {
        setSending(false);
        update(draft); // not sent: keep it as the draft
        setError(t('composer.sendFailed', { message: errorText(t, contractError(failure)) }));
      },
    );
  };

  // The list open under the box, if any: its keys are handled here, the focus stays in the box.
  const listed = slash && suggestions.length > 0
    ? { id: PICKER_ID, count: suggestions.length, option: optionId }
    : ask && articles.items.length > 0 ? { id: ARTICLE_PICKER_ID, count: articles.items.length, option: articleOptionId } : null;
  const current = listed ? Math.min(active, listed.count - 1) : 0;

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const { key, ctrlKey, metaKey, altKey, shiftKey } = event;
    // Esc closes the lookup, even while it lists nothing yet; the shell's Esc would close the case.
    if ((slash || ask) && key === 'Escape') {
      event.preventDefault();
      setClosedAt(cursor);
      return;
    }
    const pick = key === 'Enter' || (key === 'Tab' && !(ask && shiftKey));
    if (listed && (key === 'ArrowDown' || key === 'ArrowUp' || pick) && !ctrlKey && !metaKey) {
      event.preventDefault();
      if (key === 'ArrowDown') setActive((current + 1) % listed.count);
      else if (key === 'ArrowUp') setActive((current - 1 + listed.count) % listed.count);
      else if (slash) choose(current);
      else articles.choose(current, key === 'Enter' && altKey ? 'link' : key === 'Enter' && shiftKey ? 'summary' : 'answer');
      return;
    }
    if (key === 'Tab' && !event.shiftKey && holes.length > 0) {
      const spot = nextHole(text, holes, event.currentTarget.selectionEnd);
      if (spot) {
        event.preventDefault();
        event.currentTarget.setSelectionRange(spot.start, spot.end);
        setCursor(spot.end);
        return;
      }
    }
    const shortcut = shortcutFor({ key, ctrlKey, metaKey, altKey, shiftKey, typing: true });
    if (shortcut === 'send') {
      event.preventDefault();
      send();
    } else if (shortcut === 'sendResolve') {
      event.preventDefault();
      // Nothing written: resolving is all that is asked. Otherwise the reply goes first, once.
      if (text.trim() === '' && !sending) onResolve();
      else send(onResolve);
    }
  };

  return (
    <div className="composer" data-testid="composer">
      <form id={FORM_ID} className="composer-form" onSubmit={(event: SubmitEvent) => {
        event.preventDefault();
        send();
      }}>
        <div className="composer-head">
          <label htmlFor={COMPOSER_ID}>{t('composer.label')}</label>
          <span className="signed-as" data-testid="signed-as">{t('composer.signedAs', { name: agentName })}</span>
          {visibility === 'public' ? (
            <span className="visibility visibility-public" data-testid="public-reply-warning"><Icon name="globe" />{t('composer.publicWarning')}</span>
          ) : null}
          <span id="composer-hint" className="hint composer-hint">{t('composer.hint')} · {t('composer.templateHint')} · {t('composer.articleHint')}</span>
        </div>
        <textarea id={COMPOSER_ID} ref={box} className="reply-box" data-testid="reply-box" rows={3} value={text}
          readOnly={sending} aria-invalid={over > 0 || holes.length > 0} aria-describedby="composer-counter composer-over composer-hint"
          aria-keyshortcuts="Control+Enter Meta+Enter Control+Shift+Enter Meta+Shift+Enter" role="combobox" aria-expanded={listed !== null}
          aria-controls={listed?.id} aria-autocomplete="list" aria-activedescendant={listed ? listed.option(current) : undefined}
          onChange={(e) => {
            setText(e.target.value);
            setCursor(e.target.selectionEnd);
            setActive(0);
            setClosedAt(null); // new text: a lookup closed with Esc may open again, even at the same spot
          }}
          onSelect={(e) => setCursor(e.currentTarget.selectionEnd)}
          onKeyDown={onKeyDown} />
        {slash ? <TemplatePicker items={suggestions} active={current} onChoose={choose} /> : null}
        {ask ? <ArticlePicker lookup={articles} active={current} onChoose={(index) => articles.choose(index, 'answer')} /> : null}
      </form>
      <div className="composer-foot">
        <span id="composer-counter" className={over > 0 ? 'counter over' : 'counter'} data-testid="char-counter">
          {t('composer.counter', { count, max })}
        </span>
        {actions}
        <button type="submit" form={FORM_ID} className="button primary send" data-testid="send-reply" disabled={!canSend}>{t('composer.send')}</button>
      </div>
      <p id="composer-over" className="error" role="alert" data-testid="over-limit">
        {over > 0 ? t('composer.over', { channel: t(`channel.${channel}`), over, max }) : null}
        {holes.length > 0 ? <span data-testid="unfilled-holes">{t('composer.fillHoles', { holes: holes.join(', ') })}</span> : null}
      </p>
      {error ? <p className="error" role="alert">{error}</p> : null}
    </div>
  );
}
