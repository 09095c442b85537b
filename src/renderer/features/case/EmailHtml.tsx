// THE ONE place customer HTML reaches the DOM, reviewed: e-mail bodies that look like HTML are
// sanitised by DOMPurify (HTML profile only; no styles, images, forms, frames or SVG; links
// limited to http(s)/mailto and opened outside the app through the contract) before React
// inserts them. Every other customer text in the console is rendered as React text. Direction
// is the body's own business: no <bdo>, no dir attributes, no bidi controls in its text or
// attributes (shared/bidi.ts), and the whole body in one dir="auto" isolate.
import DOMPurify from 'dompurify';
import { useMemo, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { neutraliseBidi } from '../../../shared/bidi.ts';
import { api } from '../../lib/bridge.ts';
import { CustomerText } from '../../ui/CustomerText.tsx';

const purify = DOMPurify(window);
purify.addHook('beforeSanitizeElements', (node) => {
  if (node.nodeType === Node.TEXT_NODE && node.textContent !== null) node.textContent = neutraliseBidi(node.textContent);
});
purify.addHook('uponSanitizeAttribute', (_node, data) => {
  data.attrValue = neutraliseBidi(data.attrValue);
});
purify.addHook('afterSanitizeAttributes', (node) => {
  if (node instanceof HTMLAnchorElement) {
    node.removeAttribute('target');
    node.setAttribute('rel', 'noopener noreferrer nofollow');
  }
});

const CONFIG = {
  USE_PROFILES: { html: true },
  // Nothing that loads, submits, or draws over the console (dialog/details/popover could fake its UI).
  FORBID_TAGS: ['style', 'img', 'picture', 'source', 'video', 'audio', 'iframe', 'form', 'input', 'button', 'textarea', 'select', 'link', 'meta', 'base', 'dialog', 'details', 'summary', 'bdo'],
  FORBID_ATTR: ['style', 'class', 'id', 'dir', 'srcset', 'background', 'target', 'popover', 'popovertarget', 'popovertargetaction'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
};

/** Sanitised markup, or null when nothing readable survives (then the text is shown instead). */
function sanitise(html: string): string | null {
  const clean = purify.sanitize(html, CONFIG);
  const probe = document.createElement('template');
  probe.innerHTML = clean; // inert: a <template> never runs or loads what it parses
  return probe.content.textContent.trim() === '' ? null : clean;
}

export function EmailHtml({ html }: { html: string }) {
  const { t } = useTranslation();
  const [original, setOriginal] = useState(false);
  const clean = useMemo(() => sanitise(html), [html]);

  const openLink = (event: MouseEvent<HTMLDivElement>) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (!link) return;
    event.preventDefault(); // never navigate the console itself
    if (link.href) void api.openExternal({ url: link.href }).catch(() => undefined); // refused hosts stay closed
  };

  if (clean === null) return <CustomerText as="p" className="message-text" text={html} />;
  return (
    <div className="email">
      <p className="hint">{t('message.htmlNote')}</p>
      {original ? (
        <CustomerText as="p" className="message-text" text={html} />
      ) : (
        // eslint-disable-next-line no-restricted-syntax -- sanitised above by DOMPurify with CONFIG: the one reviewed exception
        <div className="email-body" dir="auto" onClick={openLink} dangerouslySetInnerHTML={{ __html: clean }} />
      )}
      <button type="button" className="button link" aria-pressed={original} onClick={() => setOriginal(!original)}>
        {original ? t('message.showFormatted') : t('message.showOriginal')}
      </button>
    </div>
  );
}
