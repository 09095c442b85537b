// The page's two drafts. They start from the supervisor's pending save or the documents in
// force, and follow new versions from the server while untouched; once edited they stay as the
// supervisor left them until saved or discarded, and keep the version they started from: a
// save is based on it, so a version someone else saved meanwhile is refused (`stale_setting`)
// rather than overwritten unseen.
import { useMemo, useState } from 'react';
import type { AutoReplies } from '../../../shared/autoreply/index.ts';
import type { BusinessSettings, EditableSetting, SettingsDraft } from '../../../shared/business-settings.ts';
import type { BusinessHours } from '../../../shared/hours/index.ts';
import { repliesDocument, repliesForm, type RepliesForm } from './autoReplyForm.ts';
import { startingDrafts, type Drafts } from './startingDrafts.ts';

export interface HoursEditor {
  hours: BusinessHours;
  setHours: (hours: BusinessHours) => void;
  replies: RepliesForm;
  setReplies: (form: RepliesForm) => void;
  /** The replies form as the document it saves. */
  repliesDocument: AutoReplies;
  hoursDirty: boolean;
  repliesDirty: boolean;
  /** Both documents as edited, for the week and the simulator. */
  draft: SettingsDraft;
  /** The version each draft started from: what its save is based on. */
  from: Record<EditableSetting, number | null>;
  /** Keeps the draft as typed, now based on the latest version (after reviewing someone else's). */
  rebase: (settingId: EditableSetting) => void;
  revert: () => void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function useHoursEditor(settings: BusinessSettings): HoursEditor {
  const start = useMemo(() => startingDrafts(settings), [settings]);
  const [base, setBase] = useState<Drafts>(start);
  const [hours, setHours] = useState(start.hours);
  const [replies, setReplies] = useState(() => repliesForm(start.replies));
  const [from, setFrom] = useState(start.versions);
  const document = useMemo(() => repliesDocument(replies), [replies]);
  const baseDocument = useMemo(() => repliesDocument(repliesForm(base.replies)), [base]);
  const hoursDirty = !same(hours, base.hours);
  const repliesDirty = !same(document, baseDocument);

  // A new version (pulled, or this save now pending) moves the base; untouched drafts follow it.
  if (!same(start, base)) {
    setBase(start);
    if (!hoursDirty) setHours(start.hours);
    if (!repliesDirty) setReplies(repliesForm(start.replies));
    setFrom({
      business_hours: hoursDirty ? from.business_hours : start.versions.business_hours,
      auto_replies: repliesDirty ? from.auto_replies : start.versions.auto_replies,
    });
  }

  return {
    hours, setHours, replies, setReplies, repliesDocument: document, hoursDirty, repliesDirty,
    draft: useMemo(() => ({ hours, replies: document }), [hours, document]),
    from,
    rebase: (settingId) => setFrom({ ...from, [settingId]: base.versions[settingId] }),
    revert: () => {
      setHours(base.hours);
      setReplies(repliesForm(base.replies));
      setFrom(base.versions);
    },
  };
}
