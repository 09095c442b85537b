// The trainer's Clase page: each call asks the sandbox server through classes/trainer.ts.
import type { ConsoleController } from '../console/controller.ts';
import { trainer } from '../classes/trainer.ts';
import type { Handlers } from './handlers.ts';

type ClassHandlers = Pick<Handlers, 'classScripts' | 'listClasses' | 'startClass' | 'classControl' | 'classMessage' | 'classBoard' | 'classGrade' | 'classTimeline' | 'classCase'>;

export function classHandlers(controller: ConsoleController): ClassHandlers {
  const classes = () => trainer(controller.current);
  return {
    classScripts: () => classes().scripts(),
    listClasses: () => classes().list(),
    startClass: (input) => classes().start(input),
    classControl: (input) => classes().control(input),
    classMessage: (input) => classes().message(input),
    classBoard: ({ classId }) => classes().board(classId),
    classGrade: ({ classId }) => classes().grade(classId),
    classTimeline: ({ classId }) => classes().timeline(classId),
    classCase: ({ classId, trainee, caseId }) => classes().readCase(classId, trainee, caseId),
  };
}
