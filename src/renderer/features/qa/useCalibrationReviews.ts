// The reviews of a calibration session and the criteria they answered, for the side-by-side:
// read from the cache as they arrive (blind until this supervisor has submitted their own).
import type { CalibrationSources } from '../../../shared/qa/calibration.ts';
import { api } from '../../lib/bridge.ts';
import { useCacheQuery } from '../../lib/useCacheQuery.ts';

const NONE: CalibrationSources = { reviews: [], criteria: [] };

export function useCalibrationReviews(packId: string): CalibrationSources {
  const query = useCacheQuery(`qa-calibration:${packId}`, () => api.qaCalibrationReviews({ packId }), ['qa_review', 'outbox', 'setting']);
  return query.data ?? NONE;
}
