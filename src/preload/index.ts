// The sandboxed preload: one function per contract operation and a typed event subscription.
// It never exposes ipcRenderer; main validates the sender and every input.
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { AtiendeBridge, Operation } from '../shared/contract.ts';
import type { AppEvent } from '../shared/events.ts';
import { IPC_EVENT, IPC_INVOKE } from '../shared/ipc.ts';

// A Record over Operation: the type checker fails here if the contract gains an operation.
const OPERATIONS: Record<Operation, true> = {
  getSession: true, openSandbox: true, connect: true, joinClass: true, switchProfile: true, signOut: true, listAgents: true,
  listInbox: true, inboxWindow: true, getCase: true, markRead: true, sendReply: true, setStatus: true,
  retryMutation: true, dismissMutation: true, getDraft: true, saveDraft: true, syncNow: true, setLanguage: true, openExternal: true,
  getNotificationPrivacy: true, setNotificationPrivacy: true,
  findTemplates: true, suggestForCase: true, saveTemplate: true, deleteTemplate: true, searchArticles: true, getArticle: true,
  getContactReasons: true, getPrivateInvitation: true, moveToPrivate: true,
  blockSender: true, unblockSender: true, listBlocked: true, getCaseBlock: true,
  getCustomer: true, customerHistory: true, customerNotes: true, addCustomerNote: true,
  listFiltered: true, restoreMessage: true, setMessageType: true,
  findCustomers: true, mergeSuggestions: true, linkIdentity: true, unlinkIdentity: true, mergeCustomers: true, undoMerge: true,
  getBusinessSettings: true, saveBusinessHours: true, saveAutoReplies: true, saveRetention: true, saveScorecards: true, saveRouting: true, saveListening: true, hoursWeek: true, simulateAutoReply: true,
  qaDrawPreview: true, qaDraw: true, qaPacks: true, qaPack: true, openCalibration: true, qaCalibrationReviews: true,
  qaReviewCase: true, saveReviewDraft: true, submitReview: true, myReviews: true, acknowledgeReview: true, disputeReview: true,
  resolveDispute: true, reviewsToResolve: true, qaPackProgress: true, qaReport: true,
  operationReport: true, reportCases: true, reportSnapshot: true, reportClock: true,
  getProducts: true, markPeerAnswered: true, coachingPlan: true, saveCoachingObjective: true, removeCoachingObjective: true, saveCoachingNote: true,
  presence: true, setPresence: true, teamView: true, reassignCase: true, reassignments: true,
  classScripts: true, listClasses: true, startClass: true, classControl: true, classMessage: true,
  classBoard: true, classGrade: true, classTimeline: true, classCase: true,
  derivationOptions: true, deriveCase: true, answerDerivation: true, derivedToMe: true,
  listeningPosts: true, reactToPost: true, dismissPost: true, openCaseFromPost: true,
  likeMessage: true,
  nextWaiting: true,
  getCaseThread: true,
};

// Resolves with `{ok, value}` or `{ok, error: {code, message}}`: an Error thrown across the
// context bridge would lose its code.
const invoke = (operation: Operation) => (input: unknown): Promise<unknown> => ipcRenderer.invoke(IPC_INVOKE, operation, input);

const api = {
  ...Object.fromEntries(Object.keys(OPERATIONS).map((op) => [op, invoke(op as Operation)])),
  onEvent(listener: (event: AppEvent) => void): () => void {
    const forward = (_event: IpcRendererEvent, payload: AppEvent) => listener(payload);
    ipcRenderer.on(IPC_EVENT, forward);
    return () => ipcRenderer.removeListener(IPC_EVENT, forward);
  },
} as unknown as AtiendeBridge;

contextBridge.exposeInMainWorld('atiende', api);
