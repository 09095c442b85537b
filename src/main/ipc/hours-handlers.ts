// Business hours, out-of-hours auto-replies, retention and the QA scorecard: what any agent may read (when the
// company is open, how long their computer keeps customer text), what a supervisor saves, and the week and simulator the page draws. The rules and the
// holiday calendars run here, never in the renderer.
import { EDITABLE_SETTINGS, type EditableSetting, type SettingChange } from '../../shared/business-settings.ts';
import { MARKETS, regionsOf } from '../../shared/hours/index.ts';
import type { ConsoleController } from '../console/controller.ts';
import { documentsFor, documentsInForce } from '../hours/documents.ts';
import { simulate } from '../hours/simulate.ts';
import { weekIn } from '../hours/week.ts';
import { readMutation } from '../db/repositories/outbox-mutation.ts';
import type { Handlers } from './handlers.ts';
import { CodedError } from '../../shared/errors.ts';

type HoursHandlers = Pick<Handlers, 'getBusinessSettings' | 'saveBusinessHours' | 'saveAutoReplies' | 'saveRetention' | 'saveScorecards' | 'saveRouting' | 'saveListening' | 'hoursWeek' | 'simulateAutoReply'>;

// Regions are the package's data and never change while the app runs.
const markets = MARKETS.map((code) => ({
  code,
  regions: Object.entries(regionsOf(code)).map(([region, name]) => ({ code: region, name })),
}));

const isEditable = (id: unknown): id is EditableSetting => (EDITABLE_SETTINGS as readonly unknown[]).includes(id);

export function hoursHandlers(controller: ConsoleController): HoursHandlers {
  const store = () => controller.current.store;
  const save = (settingId: EditableSetting, { value, baseVersion }: { value: unknown; baseVersion: number | null }) => {
    const { mutationId } = controller.current.commands.putSetting(settingId, value, controller.current.profile.role, baseVersion);
    return { mutationId };
  };
  const changes = (): SettingChange[] => store().outbox.settingChanges().flatMap((m) => {
    const mutation = readMutation(m.name, m.args);
    if (mutation?.name !== 'put_setting' || !isEditable(mutation.args.settingId) || m.status === 'applied') return [];
    const { settingId, value, baseVersion } = mutation.args;
    return [{ id: m.id, settingId, status: m.status, reason: m.reason, message: m.message, value, baseVersion, createdAt: m.createdAt }];
  });

  return {
    getBusinessSettings: () => ({
      ...documentsInForce(store().reference),
      versions: Object.fromEntries(EDITABLE_SETTINGS.map((id) => [id, store().reference.settingRow(id)?.version ?? null])) as Record<EditableSetting, number | null>,
      canEdit: controller.current.profile.role === 'supervisor',
      changes: changes(),
      markets,
    }),
    saveBusinessHours: (input) => save('business_hours', input),
    saveAutoReplies: (input) => save('auto_replies', input),
    saveRetention: (input) => save('retention', input),
    saveScorecards: (input) => save('qa_scorecards', input),
    saveRouting: (input) => save('routing', input),
    saveListening: (input) => save('listening', input),
    hoursWeek: ({ draft, scheduleId, weekOf, zone, agentTimeZone }) => {
      const { hours } = documentsFor(draft, documentsInForce(store().reference));
      const schedule = hours.schedules.find((s) => s.id === scheduleId);
      if (!schedule) throw new CodedError('schedule_not_found', `No schedule "${scheduleId}" in the business hours`);
      return weekIn(schedule, zone === 'schedule' ? schedule.timeZone : agentTimeZone, weekOf, new Date());
    },
    simulateAutoReply: (input) => simulate(documentsFor(input.draft, documentsInForce(store().reference)), input),
  };
}
