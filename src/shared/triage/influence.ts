// The author's influence (seed 001, "¿Cómo detectar su influencia?"): how far a complaint can
// spread. Followers count first; a journalist, artist or other public figure is influential
// whatever their count.
import type { InfluenceLevel } from './priority-rules.ts';

export interface InfluenceProfile {
  followers: number;
  publicFigure: boolean;
  /** Works for the press. */
  press?: boolean;
}

/** Followers from which an author is medium or high influence. */
export const INFLUENCE_THRESHOLDS = { medium: 10_000, high: 100_000 } as const;

export type InfluenceReason = { code: 'followers'; detail: string } | { code: 'public_figure' } | { code: 'press' };

export interface Influence {
  level: InfluenceLevel;
  reasons: InfluenceReason[];
}

/**
 * - high: 100 000 followers or more, a public figure, or the press;
 * - medium: 10 000 followers or more;
 * - low: everyone else.
 */
export function influenceLevel(profile: InfluenceProfile, thresholds: { medium: number; high: number } = INFLUENCE_THRESHOLDS): Influence {
  const followers = Number.isFinite(profile.followers) ? Math.max(0, Math.floor(profile.followers)) : 0;
  const reasons: InfluenceReason[] = [];
  if (followers >= thresholds.medium) reasons.push({ code: 'followers', detail: String(followers) });
  if (profile.publicFigure) reasons.push({ code: 'public_figure' });
  if (profile.press === true) reasons.push({ code: 'press' });
  const high = followers >= thresholds.high || profile.publicFigure || profile.press === true;
  return { level: high ? 'high' : followers >= thresholds.medium ? 'medium' : 'low', reasons };
}
