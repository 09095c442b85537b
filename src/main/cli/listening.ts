// `listening`: the public posts about the brand this cache holds (Escucha), newest first, with
// the keyword and the form each was matched in; offline, from the last sync.
import type { ListeningPost } from '../../shared/listening/post.ts';
import { openLocal, type Output } from './commands.ts';
import { safeJson, safeText } from './format.ts';

const line = (p: ListeningPost): string =>
  `${p.state.padEnd(9)} ${safeText(p.handle)} (${p.influence}, ${p.followers} followers) ${p.channel}  ` +
  `[${safeText(p.matched.form)} → ${safeText(p.matched.keyword)}]${p.caseId ? ` case ${p.caseId}` : ''}\n    ${safeText(p.text).slice(0, 120)}`;

export async function listening(o: { profile: string; json: boolean }): Promise<Output> {
  const { store } = await openLocal(o.profile);
  try {
    const posts = store.listening.list();
    if (o.json) return { stdout: safeJson(posts) };
    if (posts.length === 0) return { stdout: 'No posts about the brand in this profile yet: run sync\n' };
    return { stdout: posts.map(line).join('\n') + '\n' };
  } finally {
    store.close();
  }
}
