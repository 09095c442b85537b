// Training classes (docs/sandbox.md, Classes): a trainer's routes under /v1/classes on the main
// world, and `POST /v1/classes/join`, where a trainee's console signs in with its one-time code.
import { existsSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import {
  ClassControlRequest, ClassJoinRequest, ClassMessageRequest, ClassStartRequest,
  type ClassScripts, type ClassSummary,
} from '../../shared/classes/wire.ts';
import { classBoard, classCase, classGrade, classTimeline } from '../classes/board.ts';
import type { Classes } from '../classes/classes.ts';
import { CLASS_SCRIPT_DIR, listClassScripts } from '../classes/load-script.ts';
import type { ClassScript } from '../classes/script.ts';
import { HttpError, readJson, sendJson } from '../http.ts';
import { authenticate } from './auth.ts';
import type { Api, Handler, Routes } from './route.ts';

/** A query parameter a route cannot do without. */
function param(req: IncomingMessage, name: string): string {
  const value = new URL(req.url ?? '/', 'http://sandbox').searchParams.get(name);
  if (value === null || value.length === 0 || value.length > 200) throw new HttpError(400, 'bad_request', `Give the ${name} (?${name}=…)`);
  return value;
}

/** The scripts a class can start from; a broken file is the server's fault, named so it can be fixed. */
function readScripts(dir: string, scenarioDir: string | undefined): ClassScript[] {
  if (!existsSync(dir)) return [];
  try {
    return listClassScripts(dir, { scenarioDir });
  } catch (error) {
    throw new HttpError(500, 'invalid_script', error instanceof Error ? error.message : String(error));
  }
}

/** A route that reads and answers at once. */
const answering = (read: (req: IncomingMessage) => unknown): Handler => (req, res) => {
  sendJson(res, 200, read(req));
  return Promise.resolve();
};

export function classRoutes(api: Api, classes: Classes, { scriptDir = CLASS_SCRIPT_DIR, scenarioDir }: { scriptDir?: string; scenarioDir?: string } = {}): Routes {
  const trainerOnly = (handler: Handler): Handler => async (req, res) => {
    const session = await authenticate(api, req);
    if (session.role !== 'trainer') throw new HttpError(403, 'forbidden', 'Classes need a trainer account');
    await handler(req, res);
  };
  const routes: Routes = {
    'GET /v1/classes/scripts': answering(() => {
      const scripts = readScripts(scriptDir, scenarioDir).map((s) => ({
        name: s.name, title: s.title, description: s.description, language: s.language, durationMinutes: s.durationMinutes, steps: s.steps.length,
      }));
      return { scripts } satisfies ClassScripts;
    }),
    'GET /v1/classes': answering(() => ({ classes: classes.list().map((live) => classes.summary(live)) } satisfies { classes: ClassSummary[] })),
    'POST /v1/classes': async (req, res) => {
      sendJson(res, 200, await classes.start(await readJson(req, ClassStartRequest)));
    },
    'POST /v1/classes/control': async (req, res) => {
      sendJson(res, 200, await classes.control(await readJson(req, ClassControlRequest)));
    },
    'POST /v1/classes/message': async (req, res) => {
      sendJson(res, 200, await classes.message(await readJson(req, ClassMessageRequest)));
    },
    'GET /v1/classes/board': answering((req) => classBoard(classes, classes.find(param(req, 'class')))),
    'GET /v1/classes/grade': answering((req) => classGrade(classes, classes.find(param(req, 'class')))),
    'GET /v1/classes/timeline': answering((req) => classTimeline(classes, classes.find(param(req, 'class')))),
    'GET /v1/classes/case': answering((req) => classCase(classes, classes.find(param(req, 'class')), param(req, 'trainee'), param(req, 'case'))),
  };
  return {
    ...Object.fromEntries(Object.entries(routes).map(([route, handler]) => [route, trainerOnly(handler)])),
    'POST /v1/classes/join': async (req, res) => {
      const { code, deviceId } = await readJson(req, ClassJoinRequest);
      sendJson(res, 200, await classes.join(code, deviceId ?? null));
    },
  };
}
