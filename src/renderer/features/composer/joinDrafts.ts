import type { Draft } from '../../../shared/contract.ts';

/** A saved draft and what was typed before it arrived, in that order, with both sources. */
export function joinDrafts(saved: Draft, typed: Draft): Draft {
  const text = typed.text.trim() === '' ? saved.text : `${saved.text}\n${typed.text}`;
  const union = (a: Draft['templates'], b: Draft['templates']) => [...a, ...b.filter((s) => !a.some((t) => t.id === s.id))].slice(-20);
  return {
    text,
    templates: union(saved.templates, typed.templates),
    articles: union(saved.articles, typed.articles),
    holes: [...new Set([...saved.holes, ...typed.holes])].filter((label) => text.includes(label)),
  };
}
