// A settings save the server refused (the business hours' page, the scorecard editor): why, in
// the page's words, a way to take the changes up again, and dismissing it (which may fail, said).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingChange } from '../../shared/business-settings.ts';
import { api, contractError } from '../lib/bridge.ts';
import { errorText } from '../lib/errorText.ts';
import { Icon } from './Icon.tsx';

interface Props {
  change: SettingChange;
  title: string;
  /** Why, in words. */
  text: string;
  recoverLabel: string;
  dismissLabel: string;
  onRecover: () => void;
  testId: string;
}

export function RefusedSetting({ change, title, text, recoverLabel, dismissLabel, onRecover, testId }: Props) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const dismiss = () => api.dismissMutation({ id: change.id }).catch((error: unknown) => setFailure(errorText(t, contractError(error))));
  return (
    <div className="refused-setting" role="alert" data-testid={testId} data-reason={change.reason ?? ''}>
      <p className="refused-title"><Icon name="warning" /><strong>{title}</strong></p>
      <p>{text}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={onRecover}>{recoverLabel}</button>
        <button type="button" className="button ghost" onClick={() => void dismiss()}>{dismissLabel}</button>
      </div>
      {failure ? <p className="error">{failure}</p> : null}
    </div>
  );
}
