// The routing page's draft, as the scorecard editor's: it starts from the supervisor's save still
// on its way, else the document in force, follows new versions while untouched, and keeps the
// version it started from, so a version someone else saved meanwhile is refused (`stale_setting`).
import { useMemo, useState } from 'react';
import type { BusinessSettings, SettingChange } from '../../../shared/business-settings.ts';
import type { RoutingDocument } from '../../../shared/routing/document.ts';
import { formOf, type RoutingForm } from './routingForm.ts';

export const routingChanges = (settings: BusinessSettings): SettingChange[] => settings.changes.filter((c) => c.settingId === 'routing');

function starting(settings: BusinessSettings): { doc: RoutingDocument; version: number | null } {
  // A pending value was checked by main before it was queued.
  const pending = routingChanges(settings).findLast((c) => c.status === 'pending');
  return { doc: (pending?.value as RoutingDocument | undefined) ?? settings.routing, version: pending ? pending.baseVersion : settings.versions.routing };
}

export interface RoutingEditor {
  form: RoutingForm;
  setForm: (form: RoutingForm) => void;
  dirty: boolean;
  from: number | null;
  rebase: () => void;
  revert: () => void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function useRoutingEditor(settings: BusinessSettings): RoutingEditor {
  const start = useMemo(() => starting(settings), [settings]);
  const [base, setBase] = useState(start);
  const [form, setForm] = useState(() => formOf(start.doc));
  const [from, setFrom] = useState(start.version);
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
