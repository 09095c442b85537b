// A settings page's draft of one document, as the routing and listening pages keep it: it starts
// from the supervisor's save still on its way, else the document in force, follows new versions
// while untouched, and keeps the version it started from, so a version someone else saved
// meanwhile is refused (`stale_setting`) rather than overwritten unseen.
import { useMemo, useState } from 'react';
import type { BusinessSettings, EditableSetting, SettingChange } from '../../shared/business-settings.ts';

export const settingChanges = (settings: BusinessSettings, settingId: EditableSetting): SettingChange[] =>
  settings.changes.filter((c) => c.settingId === settingId);

function starting<Doc>(settings: BusinessSettings, settingId: EditableSetting, inForce: Doc): { doc: Doc; version: number | null } {
  // A pending value was checked by main before it was queued.
  const pending = settingChanges(settings, settingId).findLast((c) => c.status === 'pending');
  return { doc: (pending?.value as Doc | undefined) ?? inForce, version: pending ? pending.baseVersion : settings.versions[settingId] };
}

export interface SettingDraft<Form> {
  form: Form;
  setForm: (form: Form) => void;
  dirty: boolean;
  /** The version the draft started from: what its save is based on. */
  from: number | null;
  /** Keeps the draft as typed, now based on the latest version (after reviewing someone else's). */
  rebase: () => void;
  revert: () => void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `inForce` reads the document in force from the settings; `formOf` turns a document into the page's form. */
export function useSettingDraft<Doc, Form>(
  settings: BusinessSettings, settingId: EditableSetting, inForce: (settings: BusinessSettings) => Doc, formOf: (doc: Doc) => Form,
): SettingDraft<Form> {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the readers are fixed per page; a new version is a new `settings`
  const start = useMemo(() => starting(settings, settingId, inForce(settings)), [settings, settingId]);
  const [base, setBase] = useState(start);
  const [form, setForm] = useState(() => formOf(start.doc));
  const [from, setFrom] = useState(start.version);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- as above
  const baseForm = useMemo(() => formOf(base.doc), [base]);
  const dirty = !same(form, baseForm);
  if (!same(start, base)) {
    // An untouched draft, or one that is what was just saved, follows the new version.
    const follow = !dirty || same(form, formOf(start.doc));
    setBase(start);
    if (follow) {
      setForm(formOf(start.doc));
      setFrom(start.version);
    }
  }
  return {
    form, setForm, dirty, from,
    rebase: () => setFrom(base.version),
    revert: () => {
      setForm(baseForm);
      setFrom(base.version);
    },
  };
}
