// The trainees' ways in, right after a class is created: name, username and one-time code, to
// read aloud or print (the print style prints this card alone). Each code signs a trainee in once.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassStartResponse } from '../../../shared/classes/wire.ts';

export function CredentialsCard({ created, title, onDone }: { created: ClassStartResponse; title: string; onDone: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The form that asked for the class is gone: the keyboard and screen readers land on the card.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="class-credentials card" data-testid="class-credentials" aria-labelledby="class-credentials-title">
      <h3 id="class-credentials-title" ref={heading} tabIndex={-1}>{t('classes.credentials.title', { title })}</h3>
      <p className="class-credentials-note" data-testid="class-credentials-note">{t('classes.credentials.once')}</p>
      <table className="class-table">
        <thead>
          <tr>
            <th scope="col">{t('classes.credentials.name')}</th>
            <th scope="col">{t('classes.credentials.username')}</th>
            <th scope="col">{t('classes.credentials.code')}</th>
          </tr>
        </thead>
        <tbody>
          {created.trainees.map((trainee) => (
            <tr key={trainee.username} data-testid="class-credential" data-username={trainee.username}>
              <th scope="row" data-testid="class-credential-name">{trainee.name}</th>
              <td><code data-testid="class-credential-username">{trainee.username}</code></td>
              <td><code className="class-code" data-testid="class-credential-code">{trainee.password}</code></td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint class-credentials-join">{t('classes.credentials.join')}</p>
      <div className="draw-actions class-no-print">
        <button type="button" className="button primary" data-testid="class-print" onClick={() => window.print()}>{t('classes.credentials.print')}</button>
        <button type="button" className="button" data-testid="class-credentials-done" onClick={onDone}>{t('classes.credentials.done')}</button>
      </div>
    </section>
  );
}
