// The link between a public case and the private case it continued in, both ways. The other
// case opens from here when this console holds it; otherwise its number is still shown.
import { useTranslation } from 'react-i18next';
import type { CaseDetail, LinkedCase } from '../../../shared/models.ts';
import { openCase } from '../inbox/index.ts';

export function CaseLinks({ links }: { links: CaseDetail['links'] }) {
  const { t } = useTranslation();
  if (!links.continues && !links.continuedIn) return null;
  return (
    <ul className="case-links" aria-label={t('movePrivate.links')} data-testid="case-links">
      {links.continues ? <LinkItem link={links.continues} label={t('movePrivate.continues', { number: links.continues.number })} testId="case-continues" /> : null}
      {links.continuedIn ? <LinkItem link={links.continuedIn} label={t('movePrivate.continuedIn', { number: links.continuedIn.number })} testId="case-continued-in" /> : null}
    </ul>
  );
}

function LinkItem({ link, label, testId }: { link: LinkedCase; label: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <li data-testid={testId} data-case-id={link.caseId}>
      {link.available ? (
        <button type="button" className="button link" onClick={() => openCase(link.caseId)}>{label}</button>
      ) : (
        <>{label} <span className="hint">({t('movePrivate.notHere')})</span></>
      )}
    </li>
  );
}
