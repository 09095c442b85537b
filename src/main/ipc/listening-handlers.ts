// Escucha: the posts about the brand from the cache; a like, a dismissal or a proactive case
// queued like any change (offline too). A like on a customer's comment in a case, too.
import type { ConsoleController } from '../console/controller.ts';
import type { Handlers } from './handlers.ts';
import { queuedOut } from './queued.ts';

type ListeningHandlers = Pick<Handlers, 'listeningPosts' | 'reactToPost' | 'dismissPost' | 'openCaseFromPost' | 'likeMessage'>;

export function listeningHandlers(controller: ConsoleController): ListeningHandlers {
  const commands = () => controller.current.commands;
  return {
    listeningPosts: () => controller.current.store.listening.list(),
    reactToPost: ({ postId }) => ({ mutationId: commands().reactToPost(postId).mutationId }),
    dismissPost: ({ postId }) => ({ mutationId: commands().dismissPost(postId).mutationId }),
    openCaseFromPost: ({ postId }) => ({ mutationId: commands().openCaseFromPost(postId).mutationId }),
    likeMessage: ({ messageId }) => queuedOut(commands().likeMessage(messageId)),
  };
}
