// A settings page's save: refused while the drafts have problems (the list is shown and focused,
// once per attempt), else `run` queues the documents; the outcome is a note or a failure in words.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contractError } from './bridge.ts';
import { errorText } from './errorText.ts';

export function useSettingsSave(prefix: 'hours' | 'scorecard' | 'routing' | 'listeningSettings', problems: string[], run: () => Promise<void>) {
  const { t } = useTranslation();
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const problemsRef = useRef<HTMLDivElement>(null);
  // Each refused save attempt takes the supervisor to the list, once it is on screen.
  const [attempts, setAttempts] = useState(0);
  useEffect(() => {
    if (attempts > 0) problemsRef.current?.focus();
  }, [attempts]);

  const save = async () => {
    setTried(true);
    setNote(null);
    setFailure(null);
    if (problems.length > 0) {
      setAttempts((n) => n + 1);
      return;
    }
    setSaving(true);
    try {
      await run();
      setTried(false);
      setNote(t(`${prefix}.save.saved`));
    } catch (error) {
      setFailure(t(`${prefix}.save.failed`, { message: errorText(t, contractError(error)) }));
    } finally {
      setSaving(false);
    }
  };
  return { tried, saving, note, failure, problemsRef, save };
}
