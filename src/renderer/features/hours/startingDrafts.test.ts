import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTO_REPLIES } from '../../../shared/autoreply/settings.ts';
import type { BusinessSettings, SettingChange } from '../../../shared/business-settings.ts';
import { DEFAULT_BUSINESS_HOURS } from '../../../shared/hours/settings.ts';
import { DEFAULT_SCORECARDS } from '../../../shared/qa/scorecard.ts';
import { DEFAULT_RETENTION } from '../../../shared/retention.ts';
import { DEFAULT_ROUTING } from '../../../shared/routing/document.ts';
import { DEFAULT_LISTENING } from '../../../shared/listening/document.ts';
import { pendingChange, startingDrafts } from './startingDrafts.ts';

const settings = (changes: SettingChange[]): BusinessSettings => ({
  hours: DEFAULT_BUSINESS_HOURS, replies: DEFAULT_AUTO_REPLIES, retention: DEFAULT_RETENTION, scorecards: DEFAULT_SCORECARDS, routing: DEFAULT_ROUTING, listening: DEFAULT_LISTENING,
  problems: { business_hours: null, auto_replies: null, retention: null, qa_scorecards: null, csat: null, routing: null, listening: null },
  versions: { business_hours: 7, auto_replies: 3, retention: null, qa_scorecards: 4, csat: null, routing: null, listening: null }, canEdit: true, changes, markets: [],
});
const change = (id: string, status: SettingChange['status'], value: unknown, baseVersion: number | null = 7): SettingChange =>
  ({ id, settingId: 'business_hours', status, reason: null, message: null, value, baseVersion, createdAt: '2026-11-24T10:00:00.000Z' });

describe('startingDrafts', () => {
  it('starts from the documents in force, at their versions, when nothing waits for the server', () => {
    expect(startingDrafts(settings([]))).toEqual({
      hours: DEFAULT_BUSINESS_HOURS, replies: DEFAULT_AUTO_REPLIES, retention: DEFAULT_RETENTION,
      versions: { business_hours: 7, auto_replies: 3, retention: null }, saves: [],
    });
  });

  it('starts from the newest save still pending, not from a refused one', () => {
    const first = { ...DEFAULT_BUSINESS_HOURS, schedules: [{ ...DEFAULT_BUSINESS_HOURS.schedules[0]!, name: 'Primera' }] };
    const second = { ...DEFAULT_BUSINESS_HOURS, schedules: [{ ...DEFAULT_BUSINESS_HOURS.schedules[0]!, name: 'Segunda' }] };
    const refused = { ...DEFAULT_BUSINESS_HOURS, schedules: [{ ...DEFAULT_BUSINESS_HOURS.schedules[0]!, name: 'Rechazada' }] };
    const all = settings([change('a', 'pending', first), change('b', 'pending', second), change('c', 'conflict', refused)]);
    expect(pendingChange(all, 'business_hours')?.id).toBe('b');
    expect(pendingChange(all, 'auto_replies')).toBeUndefined();
    expect(startingDrafts(all)).toEqual({
      hours: second, replies: DEFAULT_AUTO_REPLIES, retention: DEFAULT_RETENTION,
      versions: { business_hours: 7, auto_replies: 3, retention: null }, saves: ['a:pending', 'b:pending', 'c:conflict'],
    });
    expect(startingDrafts(settings([change('c', 'conflict', refused)])).hours).toBe(DEFAULT_BUSINESS_HOURS);
  });

  it('keeps a pending save’s base version, not the one pulled since: a second edit is on the same base', () => {
    const mine = { ...DEFAULT_BUSINESS_HOURS, schedules: [{ ...DEFAULT_BUSINESS_HOURS.schedules[0]!, name: 'Mía' }] };
    expect(startingDrafts(settings([change('a', 'pending', mine, 5)])).versions).toEqual({ business_hours: 5, auto_replies: 3, retention: null });
    expect(startingDrafts(settings([change('a', 'pending', mine, null)])).versions.business_hours).toBeNull();
  });

  it('starts the retention from its pending save too, on that save’s base', () => {
    const shorter = { ...DEFAULT_RETENTION, textDays: 30 };
    const drafts = startingDrafts(settings([{ ...change('a', 'pending', shorter, 2), settingId: 'retention' }]));
    expect(drafts.retention).toEqual(shorter);
    expect(drafts.versions).toEqual({ business_hours: 7, auto_replies: 3, retention: 2 });
  });

  it('leaves the scorecard\'s saves to its own editor', () => {
    const drafts = startingDrafts(settings([{ ...change('s', 'pending', DEFAULT_SCORECARDS, 4), settingId: 'qa_scorecards' }]));
    expect(drafts.saves).toEqual([]);
    expect(drafts.versions).toEqual({ business_hours: 7, auto_replies: 3, retention: null });
  });
});
