// The scorecard editor's draft. It starts from the supervisor's save still on its way to the
// server, else the document in force, and follows new versions while untouched; once edited it
// stays as typed until saved or discarded, and keeps the version it started from, so a version
// someone else saved meanwhile is refused (`stale_setting`) rather than overwritten unseen.
import { useMemo, useState } from 'react';
import type { BusinessSettings, SettingChange } from '../../../shared/business-settings.ts';
import { publishScorecard, type ScorecardsDocument } from '../../../shared/qa/scorecard.ts';
import { cardOf, formOf, type ScorecardForm } from './scorecardForm.ts';

export interface Start {
  doc: ScorecardsDocument;
  /** The version the draft starts from, which its save is based on (null: none synced yet). */
  version: number | null;
  /** Each save of the scorecard and what became of it: a save answered is news even when the document is not. */
  saves: string[];
}

export const scorecardChanges = (settings: BusinessSettings): SettingChange[] => settings.changes.filter((c) => c.settingId === 'qa_scorecards');

export function startingScorecard(settings: BusinessSettings): Start {
  const changes = scorecardChanges(settings);
  // A pending value was checked by main before it was queued.
  const pending = changes.findLast((c) => c.status === 'pending');
  return {
    doc: (pending?.value as ScorecardsDocument | undefined) ?? settings.scorecards,
    version: pending ? pending.baseVersion : settings.versions.qa_scorecards,
    saves: changes.map((c) => `${c.id}:${c.status}`),
  };
}

export interface ScorecardEditorState {
  form: ScorecardForm;
  setForm: (form: ScorecardForm) => void;
  dirty: boolean;
  /** The document the draft started from: its card in force is what is being edited. */
  doc: ScorecardsDocument;
  /** The document a save queues: the draft as the next version, the one before kept. */
  next: () => ScorecardsDocument;
  from: number | null;
  rebase: () => void;
  saved: (doc: ScorecardsDocument) => void;
  revert: () => void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function useScorecardEditor(settings: BusinessSettings): ScorecardEditorState {
  const start = useMemo(() => startingScorecard(settings), [settings]);
  const [base, setBase] = useState(start);
  const [form, setForm] = useState(() => formOf(start.doc.inForce));
  const [from, setFrom] = useState(start.version);
  const [justSaved, setJustSaved] = useState<ScorecardsDocument | null>(null);
  const baseForm = useMemo(() => formOf(base.doc.inForce), [base]);
  const dirty = !same(form, baseForm);
  const next = () => publishScorecard(base.doc, cardOf(form, base.doc.inForce.version));

  // A new version (pulled, or this save now pending) moves the base; an untouched draft, or one
  // that is exactly what was just saved, follows it.
  if (!same(start, base)) {
    const follow = !dirty || (justSaved !== null && same(next(), justSaved));
    setBase(start);
    setJustSaved(null);
    if (follow) {
      setForm(formOf(start.doc.inForce));
      setFrom(start.version);
    }
  }

  return {
    form, setForm, dirty, doc: base.doc, next, from,
    rebase: () => setFrom(base.version),
    saved: setJustSaved,
    revert: () => {
      setForm(baseForm);
      setFrom(base.version);
    },
  };
}
