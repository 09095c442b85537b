// Supervisors' QA packs: drawing and calibrating go to the central API (online only), listing
// and opening packs read this computer's cache.
import type { ConsoleController } from '../console/controller.ts';
import { calibrationSources, confirmDraw, openCalibration, packSummaries, previewDraw } from '../qa/packs.ts';
import type { Handlers } from './handlers.ts';

type QaHandlers = Pick<Handlers, 'qaDrawPreview' | 'qaDraw' | 'qaPacks' | 'qaPack' | 'openCalibration' | 'qaCalibrationReviews'>;

export function qaHandlers(controller: ConsoleController): QaHandlers {
  return {
    qaDrawPreview: (input) => previewDraw(controller.current, input),
    qaDraw: (input) => confirmDraw(controller.current, input),
    qaPacks: () => packSummaries(controller.current.store, controller.current.profile.username),
    qaPack: ({ packId }) => controller.current.store.qaPacks.get(packId),
    openCalibration: (input) => openCalibration(controller.current, input),
    qaCalibrationReviews: ({ packId }) => calibrationSources(controller.current.store, packId, controller.current.profile.username),
  };
}
