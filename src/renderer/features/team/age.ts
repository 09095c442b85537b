// How long ago something happened on the server's clock (the view's serverNow), never this
// computer's: a laptop's clock may be minutes off.
import type { TFunction } from 'i18next';
import { formatWait } from '../../lib/formatWait.ts';

export const ageOf = (t: TFunction, at: string, serverNow: string): string => formatWait(t, Date.parse(serverNow) - Date.parse(at));
