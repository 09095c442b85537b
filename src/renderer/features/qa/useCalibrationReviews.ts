// The reviews of a calibration session and the scorecard's criteria, for the side-by-side.
// QA reviews supplies them (its qa_review entity, blind until each reviewer has submitted);
// until it does, no session has a review and every reviewer shows as still reviewing.
import type { CalibrationReview } from '../../../shared/qa/calibration.ts';

export interface CalibrationSources {
  reviews: CalibrationReview[];
  /** The scorecard's criterion ids, in order. */
  criteria: string[];
}

export function useCalibrationReviews(_packId: string): CalibrationSources {
  return { reviews: [], criteria: [] };
}
