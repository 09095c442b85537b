// A settings save the server refused (the business hours' page, the scorecard editor): why, in
// the page's words, a way to take the changes up again, and dismissing it (which may fail, said).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingChange } from '../../shared/business-settings.ts';
import type { RefusalReason } from '../../shared/errors.ts';
import { api, contractError } from '../lib/bridge.ts';
import { errorText } from '../lib/errorText.ts';
import { Icon } from './Icon.tsx';

interface Props {
  change: SettingChange;
  /** The page: its words under `${prefix}.refused`, its test id `${prefix}-refused`. */
  prefix: 'hours' | 'scorecard' | 'routing' | 'listeningSettings';
  title: string;
  onRecover: () => void;
}

const REFUSALS = ['not_supervisor', 'invalid_setting', 'stale_setting'] as const satisfies readonly RefusalReason[];

export function RefusedSetting({ change, prefix, title, onRecover }: Props) {
  const { t } = useTranslation();
  const known = REFUSALS.find((r) => r === change.reason);
  const text = known
    ? t(`${prefix}.refused.${known}`, { message: change.message ?? '' })
    : t(`${prefix}.refused.other`, { message: change.message ?? change.reason ?? '' });
  const [failure, setFailure] = useState<string | null>(null);
  const dismiss = () => api.dismissMutation({ id: change.id }).catch((error: unknown) => setFailure(errorText(t, contractError(error))));
  return (
    <div className="refused-setting" role="alert" data-testid={`${prefix}-refused`} data-reason={change.reason ?? ''}>
      <p className="refused-title"><Icon name="warning" /><strong>{title}</strong></p>
      <p>{text}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={onRecover}>{t(`${prefix}.refused.recover`)}</button>
        <button type="button" className="button ghost" onClick={() => void dismiss()}>{t(`${prefix}.refused.dismiss`)}</button>
      </div>
      {failure ? <p className="error">{failure}</p> : null}
    </div>
  );
}
