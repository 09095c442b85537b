// "Insert answer / summary / link": the article's part goes into the open case's reply at the
// cursor (placeholders filled, fields left as holes to fill) and the reply records the article.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { articlePart, type ArticlePart } from '../../../shared/articles.ts';
import type { Article } from '../../../shared/models.ts';
import { focusComposer, insertIntoReply } from '../composer/index.ts';

const PARTS: readonly ArticlePart[] = ['answer', 'summary', 'link'];
const LABEL = { answer: 'knowledge.insertAnswer', summary: 'knowledge.insertSummary', link: 'knowledge.insertLink' } as const;
const MISSING = { answer: 'knowledge.noAnswer', summary: 'knowledge.noSummary', link: 'knowledge.noLink' } as const;

export function InsertActions({ article, caseId }: { article: Article; caseId: string | null }) {
  const { t } = useTranslation();
  const id = useId();
  const [notice, setNotice] = useState<string | null>(null);

  const insert = (part: ArticlePart) => {
    const body = articlePart(article, part);
    if (body === null) return;
    if (insertIntoReply({ body, source: { kind: 'article', id: article.id, version: article.version } })) {
      setNotice(null);
      focusComposer();
    } else {
      setNotice(t('knowledge.noReplyOpen'));
    }
  };

  const missing = PARTS.filter((part) => articlePart(article, part) === null);
  return (
    <div className="kb-actions" role="group" aria-label={t('knowledge.insertGroup')}>
      <div className="button-row">
        {PARTS.map((part) => {
          const reasons = [caseId === null ? `${id}-no-case` : '', missing.includes(part) ? `${id}-${part}` : ''].filter(Boolean);
          return (
            <button key={part} type="button" className="button" data-testid={`kb-insert-${part}`}
              disabled={reasons.length > 0} aria-describedby={reasons.length > 0 ? reasons.join(' ') : undefined}
              title={missing.includes(part) ? t(MISSING[part]) : undefined} onClick={() => insert(part)}>
              {t(LABEL[part])}
            </button>
          );
        })}
      </div>
      {caseId === null ? <p id={`${id}-no-case`} className="hint" data-testid="kb-no-case">{t('knowledge.openCaseFirst')}</p> : null}
      {missing.map((part) => <p key={part} id={`${id}-${part}`} className="hint">{t(MISSING[part])}</p>)}
      <p className="error" role="alert">{notice}</p>
    </div>
  );
}
