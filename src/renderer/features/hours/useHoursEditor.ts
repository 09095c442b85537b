// The page's drafts (hours, auto-replies, retention). They start from the supervisor's pending save or the documents in
// force, and follow new versions from the server while untouched; once edited they stay as the
// supervisor left them until saved or discarded, and keep the version they started from: a
// save is based on it, so a version someone else saved meanwhile is refused (`stale_setting`)
// rather than overwritten unseen.
import { useMemo, useState } from 'react';
import type { AutoReplies } from '../../../shared/autoreply/index.ts';
import type { BusinessSettings, HoursPageSetting, SettingsDraft } from '../../../shared/business-settings.ts';
import type { BusinessHours } from '../../../shared/hours/index.ts';
import { repliesDocument, repliesForm, type RepliesForm } from './autoReplyForm.ts';
import { retentionDocument, retentionForm, type RetentionForm } from './retentionForm.ts';
import { startingDrafts, type Drafts } from './startingDrafts.ts';

export interface HoursEditor {
  hours: BusinessHours;
  setHours: (hours: BusinessHours) => void;
  replies: RepliesForm;
  setReplies: (form: RepliesForm) => void;
  /** The replies form as the document it saves. */
  repliesDocument: AutoReplies;
  /** The retention fields as typed; `retentionDocument` saves them once they are valid. */
  retention: RetentionForm;
  setRetention: (form: RetentionForm) => void;
  hoursDirty: boolean;
  repliesDirty: boolean;
  retentionDirty: boolean;
  /** Both documents as edited, for the week and the simulator. */
  draft: SettingsDraft;
  /** The version each draft started from: what its save is based on. */
  from: Record<HoursPageSetting, number | null>;
  /** Keeps the draft as typed, now based on the latest version (after reviewing someone else's). */
  rebase: (settingId: HoursPageSetting) => void;
  /** This document was just queued: until the page hears of it, the draft is no longer unsaved work. */
  saved: (settingId: HoursPageSetting, value: unknown) => void;
  revert: () => void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function useHoursEditor(settings: BusinessSettings): HoursEditor {
  const start = useMemo(() => startingDrafts(settings), [settings]);
  const [base, setBase] = useState<Drafts>(start);
  const [hours, setHours] = useState(start.hours);
  const [replies, setReplies] = useState(() => repliesForm(start.replies));
  const [retention, setRetention] = useState(() => retentionForm(start.retention));
  const [from, setFrom] = useState(start.versions);
  // What was just saved, per document: the answer may arrive before the page saw it pending.
  const [justSaved, setJustSaved] = useState<Partial<Record<HoursPageSetting, unknown>>>({});
  const document = useMemo(() => repliesDocument(replies), [replies]);
  const baseDocument = useMemo(() => repliesDocument(repliesForm(base.replies)), [base]);
  const hoursDirty = !same(hours, base.hours);
  const repliesDirty = !same(document, baseDocument);
  const retentionDirty = !same(retention, retentionForm(base.retention));

  // A new version (pulled, or this save now pending) moves the base; untouched drafts follow it.
  // A draft that is exactly what was just saved is held by the save (pending, or refused with
  // its document), so it follows too.
  if (!same(start, base)) {
    const hoursFollow = !hoursDirty || same(hours, justSaved.business_hours);
    const repliesFollow = !repliesDirty || same(document, justSaved.auto_replies);
    const retentionFollow = !retentionDirty || same(retentionDocument(retention), justSaved.retention);
    setBase(start);
    setJustSaved({});
    if (hoursFollow) setHours(start.hours);
    if (repliesFollow) setReplies(repliesForm(start.replies));
    if (retentionFollow) setRetention(retentionForm(start.retention));
    setFrom({
      business_hours: hoursFollow ? start.versions.business_hours : from.business_hours,
      auto_replies: repliesFollow ? start.versions.auto_replies : from.auto_replies,
      retention: retentionFollow ? start.versions.retention : from.retention,
    });
  }

  return {
    hours, setHours, replies, setReplies, repliesDocument: document, retention, setRetention,
    hoursDirty, repliesDirty, retentionDirty,
    draft: useMemo(() => ({ hours, replies: document }), [hours, document]),
    from,
    rebase: (settingId) => setFrom({ ...from, [settingId]: base.versions[settingId] }),
    saved: (settingId, value) => setJustSaved((before) => ({ ...before, [settingId]: value })),
    revert: () => {
      setHours(base.hours);
      setReplies(repliesForm(base.replies));
      setRetention(retentionForm(base.retention));
      setFrom(base.versions);
    },
  };
}
