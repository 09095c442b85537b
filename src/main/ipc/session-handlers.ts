// The open profile: which one, switching, signing in and out, syncing now, and the language main
// speaks outside the window, and what its notifications may show.
import type { ConsoleController } from '../console/controller.ts';
import type { Handlers } from './handlers.ts';
import { notificationPrivacy, saveNotificationPrivacy } from '../console/notification-privacy.ts';

type SessionHandlers = Pick<Handlers,
  'getSession' | 'openSandbox' | 'connect' | 'joinClass' | 'switchProfile' | 'signOut' | 'syncNow' | 'setLanguage' | 'getNotificationPrivacy' | 'setNotificationPrivacy'>;

export function sessionHandlers(controller: ConsoleController): SessionHandlers {
  return {
    getSession: () => controller.session(),
    openSandbox: () => controller.openSandbox(),
    connect: (input) => controller.connect(input),
    joinClass: (input) => controller.joinClass(input),
    switchProfile: ({ id }) => controller.switchProfile(id),
    signOut: () => controller.signOut(),
    syncNow: () => {
      void controller.current.syncOnce().catch(() => undefined); // the outcome arrives as a sync event
      return null;
    },
    setLanguage: ({ language }) => {
      controller.setLanguage(language);
      return null;
    },
    getNotificationPrivacy: () => notificationPrivacy(controller.current.store),
    setNotificationPrivacy: (privacy) => saveNotificationPrivacy(controller.current.store, privacy),
  };
}
