// The contract's operations for the trainer's Clase page (spread into CONTRACT). A class lives on
// the sandbox server, so every one of them asks it, online only.
import { z } from 'zod';
import {
  ClassControlRequest, ClassMessageRequest, ClassStartRequest,
  type ClassBoard, type ClassCase, type ClassGrade, type ClassScripts, type ClassStartResponse, type ClassSummary, type ClassTimeline,
} from './wire.ts';
import { op } from '../contract-op.ts';

const ClassRef = z.object({ classId: z.string().min(1).max(100) }).strict();

export const CLASS_OPERATIONS = {
  /** Trainers: the scripts a class can start from. */
  classScripts: op<ClassScripts['scripts']>()(z.object({}).strict()),
  /** Trainers: the classes on the server, newest first. */
  listClasses: op<ClassSummary[]>()(z.object({}).strict()),
  /** Trainers: creates a class (ready, its clock stopped) and answers each trainee's one-time credentials. */
  startClass: op<ClassStartResponse>()(ClassStartRequest),
  /** Trainers: start, pause, resume, stop, change speed, jump ahead. */
  classControl: op<ClassSummary>()(ClassControlRequest),
  /** Trainers: a customer writes now, to one trainee or to all. */
  classMessage: op<{ delivered: number }>()(ClassMessageRequest),
  /** Trainers: the live board. */
  classBoard: op<ClassBoard>()(ClassRef),
  /** Trainers: the grade report (final once the class has finished). */
  classGrade: op<ClassGrade>()(ClassRef),
  /** Trainers: what happened, for the replay. */
  classTimeline: op<ClassTimeline>()(ClassRef),
  /** Trainers: one trainee's case, read-only. */
  classCase: op<ClassCase>()(ClassRef.extend({ trainee: z.string().min(1).max(100), caseId: z.string().min(1).max(100) }).strict()),
} as const;
