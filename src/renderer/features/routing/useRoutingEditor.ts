// The routing page's draft: the shared settings draft, over the routing document.
import type { BusinessSettings, SettingChange } from '../../../shared/business-settings.ts';
import { settingChanges, useSettingDraft, type SettingDraft } from '../../lib/useSettingDraft.ts';
import { formOf, type RoutingForm } from './routingForm.ts';

export const routingChanges = (settings: BusinessSettings): SettingChange[] => settingChanges(settings, 'routing');

export type RoutingEditor = SettingDraft<RoutingForm>;

const inForce = (settings: BusinessSettings) => settings.routing;

export const useRoutingEditor = (settings: BusinessSettings): RoutingEditor => useSettingDraft(settings, 'routing', inForce, formOf);
