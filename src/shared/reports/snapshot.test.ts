import { describe, expect, it } from 'vitest';
import { fromSnapshot } from './snapshot.ts';
import type { OperationReportView, ReportSnapshotsView } from './view.ts';

const report = (from: string, to: string, cases: number): OperationReportView => ({
  from, to, asOf: '2026-12-09T15:00:00.000Z', agents: ['lucia'], complaintsByWeek: [], cases, resolved: 0,
  firstResponse: { avgSeconds: null, p90Seconds: null }, handling: { avgSeconds: null }, response: { avgSeconds: null },
  serviceLevel: {}, asa: {}, fcr: { eligible: 0, firstContact: 0, ratio: null }, messagesPerCase: null, reasons: {},
  complaints: 0, autoReplied: 0, filtered: 0, rejected: 0, peerAnswered: 0, callsAvoided: 0,
  occupancy: { signedInSeconds: 0, productiveSeconds: 0, ratio: null }, quality: { reviews: 0, avgScore: null, autoFails: 0 },
  csat: { sent: 0, answered: 0, score: null, negative: 0 }, derived: 0, likes: 0,
});

const snapshots: ReportSnapshotsView = {
  asOf: '2026-12-09T15:00:00.000Z',
  weeks: [report('2026-11-30T00:00:00.000Z', '2026-12-07T00:00:00.000Z', 7), report('2026-12-07T00:00:00.000Z', '2026-12-14T00:00:00.000Z', 3)],
  month: report('2026-12-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z', 9),
  previousMonth: report('2026-11-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z', 30),
};

describe('reading a report from the snapshot', () => {
  it('answers one of its weeks, compared with the week before it', () => {
    const found = fromSnapshot(snapshots, { from: '2026-12-07T00:00:00Z', to: '2026-12-14T00:00:00Z' });
    expect(found?.current.cases).toBe(3);
    expect(found?.previous?.cases).toBe(7);
  });

  it('answers its oldest week without a comparison', () => {
    expect(fromSnapshot(snapshots, { from: '2026-11-30T00:00:00.000Z', to: '2026-12-07T00:00:00.000Z' })).toMatchObject({ current: { cases: 7 }, previous: null });
  });

  it('answers the current month, compared with the month before', () => {
    const found = fromSnapshot(snapshots, { from: '2026-12-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' });
    expect([found?.current.cases, found?.previous?.cases]).toEqual([9, 30]);
  });

  it('does not answer any other range', () => {
    expect(fromSnapshot(snapshots, { from: '2026-12-07T00:00:00.000Z', to: '2026-12-10T00:00:00.000Z' })).toBeNull();
    expect(fromSnapshot(snapshots, { from: '2026-10-19T00:00:00.000Z', to: '2026-12-14T00:00:00.000Z' })).toBeNull();
    expect(fromSnapshot(snapshots, { from: '2026-11-23T00:00:00.000Z', to: '2026-11-30T00:00:00.000Z' })).toBeNull();
  });
});
