// What the OS notifications of this profile may show of a customer: two labelled checkboxes in
// the profile menu. Saved at once in the profile; main applies them to the next notification.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationPrivacy } from '../../shared/notification-privacy.ts';
import { api, contractError } from '../lib/bridge.ts';
import { errorText } from '../lib/errorText.ts';

export function NotificationSettings() {
  const { t } = useTranslation();
  const id = useId();
  const [privacy, setPrivacy] = useState<NotificationPrivacy | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let active = true;
    api.getNotificationPrivacy({}).then(
      (answer) => active && setPrivacy(answer),
      (failure: unknown) => active && setError(errorText(t, contractError(failure))),
    );
    return () => {
      active = false;
    };
  }, [t]);

  if (!privacy) return error ? <p className="error" role="alert">{error}</p> : null;
  const change = (patch: Partial<NotificationPrivacy>) => {
    const next = { ...privacy, ...patch };
    setPrivacy(next);
    setError(null);
    api.setNotificationPrivacy(next).catch((failure: unknown) => {
      setPrivacy(privacy);
      setError(errorText(t, contractError(failure)));
    });
  };

  return (
    <fieldset className="notification-settings" data-testid="notification-privacy">
      <legend className="menu-title">{t('notifications.title')}</legend>
      <label htmlFor={`${id}-all`} className="check">
        <input id={`${id}-all`} type="checkbox" checked={privacy.hideAll} onChange={(e) => change({ hideAll: e.target.checked })} />
        {t('notifications.hideAll')}
      </label>
      <label htmlFor={`${id}-public`} className="check">
        <input id={`${id}-public`} type="checkbox" checked={privacy.hideAll || privacy.hidePublicFigures} disabled={privacy.hideAll}
          onChange={(e) => change({ hidePublicFigures: e.target.checked })} />
        {t('notifications.hidePublicFigures')}
      </label>
      {error ? <p className="error" role="alert">{error}</p> : null}
    </fieldset>
  );
}
