// An article's Markdown as React elements (react-markdown + GFM tables). Nothing in it becomes
// live markup: raw HTML stays text, images show their description instead of loading, and only
// http(s) links are links, opened through main's allow-list; others are plain words.
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { openableUrl } from './articleText.ts';

const PLUGINS = [remarkGfm];
const keepOpenable = (url: string) => openableUrl(url) ?? '';

interface Props {
  body: string;
  onLink: (url: string) => void;
}

export function ArticleMarkdown({ body, onLink }: Props) {
  const { t } = useTranslation();
  const components = useMemo<Components>(() => ({
    a: ({ href, children }) => <ArticleLink href={href} onOpen={onLink}>{children}</ArticleLink>,
    img: ({ alt }) => <span className="kb-image">[{alt?.trim() || t('knowledge.image')}]</span>,
    // The article's title is the panel's h2: its sections sit one level below.
    h1: ({ children }) => <h3>{children}</h3>,
    h2: ({ children }) => <h3>{children}</h3>,
    h3: ({ children }) => <h4>{children}</h4>,
    h4: ({ children }) => <h5>{children}</h5>,
    h5: ({ children }) => <h6>{children}</h6>,
  }), [onLink, t]);
  return (
    <div className="kb-body" data-testid="kb-article-body">
      <Markdown remarkPlugins={PLUGINS} urlTransform={keepOpenable} components={components}>{body}</Markdown>
    </div>
  );
}

function ArticleLink({ href, children, onOpen }: { href: string | undefined; children?: ReactNode; onOpen: (url: string) => void }) {
  const url = openableUrl(href);
  if (url === null) return <span className="kb-inert-link" data-testid="kb-inert-link">{children}</span>;
  return (
    <a href={url} rel="noreferrer noopener" data-testid="kb-link"
      onClick={(event) => {
        event.preventDefault();
        onOpen(url);
      }}
      // A middle click would open a window of its own: links leave only through main.
      onAuxClick={(event) => event.preventDefault()}>
      {children}
    </a>
  );
}
