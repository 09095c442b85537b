// Escucha: public posts that name the brand (however misspelt) without writing to the company,
// newest first, with the author's influence. An agent or supervisor opens a proactive case from
// one (a public answer, for whoever opens it), likes it, or dismisses it; offline too, shown
// "por enviar" until the server confirms. What the author wrote is shown as text.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListeningPost } from '../../../shared/listening/post.ts';
import { api, contractError } from '../../lib/bridge.ts';
import { errorText } from '../../lib/errorText.ts';
import { useFormatters } from '../../lib/useFormatters.ts';
import { useListeningPosts } from './useListeningPosts.ts';

export function ListeningPage({ onOpenCase }: { onOpenCase: (caseId: string) => void }) {
  const { t } = useTranslation();
  const query = useListeningPosts();
  const [problem, setProblem] = useState<string | null>(null);
  const act = (call: () => Promise<unknown>) => {
    setProblem(null);
    call().catch((failure: unknown) => setProblem(t('listening.failed', { message: errorText(t, contractError(failure)) })));
  };
  const posts = query.data;
  return (
    <section className="listening" data-testid="listening" aria-labelledby="listening-title">
      <h2 id="listening-title">{t('listening.title')}</h2>
      <p className="hint">{t('listening.intro')}</p>
      {query.error ? <p role="alert" className="error">{errorText(t, query.error)}</p> : null}
      {problem ? <p role="alert" className="error" data-testid="listening-problem">{problem}</p> : null}
      {query.loading ? <p className="hint">{t('listening.loading')}</p> : null}
      {posts?.length === 0 ? <p className="empty" data-testid="listening-empty">{t('listening.empty')}</p> : null}
      {posts && posts.length > 0 ? (
        <ul className="listening-posts" aria-label={t('listening.list')}>
          {posts.map((post) => <PostRow key={post.id} post={post} act={act} onOpenCase={onOpenCase} />)}
        </ul>
      ) : null}
    </section>
  );
}

interface RowProps {
  post: ListeningPost;
  act: (call: () => Promise<unknown>) => void;
  onOpenCase: (caseId: string) => void;
}

function PostRow({ post, act, onOpenCase }: RowProps) {
  const { t } = useTranslation();
  const { when, locale } = useFormatters();
  const open = post.state === 'opened';
  return (
    <li className="listening-post" data-testid="listening-post" data-post={post.id} data-state={post.state} data-influence={post.influence}>
      <div className="listening-head">
        <strong>{post.author}</strong> <span className="listening-handle">{post.handle}</span>
        <span className="listening-channel">{t(`channel.${post.channel}`)}</span>
        <span className="listening-influence" data-level={post.influence} data-testid="listening-influence">
          {t(`listening.influence.${post.influence}`)} · {t('listening.followers', { count: post.followers, followers: new Intl.NumberFormat(locale).format(post.followers) })}
        </span>
        <time dateTime={post.postedAt}>{when(post.postedAt)}</time>
      </div>
      <p className="listening-text" data-testid="listening-text">{post.text}</p>
      <div className="listening-foot">
        <span className="listening-matched" data-testid="listening-matched">{t('listening.matched', { form: post.matched.form, keyword: post.matched.keyword })}</span>
        <span className="listening-state" data-testid="listening-state">{t(`listening.state.${post.state}`)}</span>
        {post.pending ? <span className="listening-pending" data-testid="listening-pending">{t('listening.pending')}</span> : null}
        {post.reactions > 0 && post.state !== 'reacted' ? <span className="hint">{t('listening.liked')}</span> : null}
      </div>
      <div className="listening-actions">
        {open && post.caseId ? (
          <button type="button" className="button" data-testid="listening-view-case" onClick={() => onOpenCase(post.caseId ?? '')}>{t('listening.viewCase')}</button>
        ) : null}
        {open && !post.caseId ? <span className="hint">{t('listening.caseArriving')}</span> : null}
        {!open ? (
          <button type="button" className="button primary" data-testid="listening-open-case" title={t('listening.openCaseHint')}
            onClick={() => act(() => api.openCaseFromPost({ postId: post.id }))}>{t('listening.openCase')}</button>
        ) : null}
        {post.reactions === 0 ? (
          <button type="button" className="button" data-testid="listening-like" onClick={() => act(() => api.reactToPost({ postId: post.id }))}>{t('listening.like')}</button>
        ) : null}
        {!open && post.state !== 'dismissed' ? (
          <button type="button" className="button ghost" data-testid="listening-dismiss" onClick={() => act(() => api.dismissPost({ postId: post.id }))}>{t('listening.dismiss')}</button>
        ) : null}
      </div>
    </li>
  );
}
