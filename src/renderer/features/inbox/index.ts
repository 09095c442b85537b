// What the rest of the console may use from the inbox.
export { closeCase, openCase, resetInbox } from './actions.ts';
export { useInboxStore } from './inboxStore.ts';
export { InboxPage } from './InboxPage.tsx';
export { readInboxEarly } from './earlyWindow.ts';
