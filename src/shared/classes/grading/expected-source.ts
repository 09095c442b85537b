// expected_source: some reply of the trainee's to the step used the template or the article the
// script names (keys as in the seed), as the reply recorded it. Not used yet: pending while the
// class runs, failed at the end. In `always` it judges nothing: only a step names a source.
import type { RuleCheck, Transcript } from '../transcript.ts';
import { checkOn, lang, targetsOf, traineeReplies } from './context.ts';

const TEXT = {
  es: {
    used: (keys: string) => `usó ${keys}`,
    missing: (keys: string) => `todavía no usó ${keys}`,
    never: (keys: string) => `no usó ${keys}`,
    template: (key: string) => `la plantilla «${key}»`,
    article: (key: string) => `el artículo «${key}»`,
    and: ' y ',
  },
  en: {
    used: (keys: string) => `used ${keys}`,
    missing: (keys: string) => `has not used ${keys} yet`,
    never: (keys: string) => `did not use ${keys}`,
    template: (key: string) => `the template "${key}"`,
    article: (key: string) => `the article "${key}"`,
    and: ' and ',
  },
};

export function checkExpectedSource(t: Transcript): RuleCheck[] {
  const text = TEXT[lang(t)];
  const { targets, pending } = targetsOf(t, 'expected_source', () => false);
  const checks: RuleCheck[] = [...pending];
  for (const target of targets) {
    const { template, article } = target.expectation ?? {};
    if (template === undefined && article === undefined) continue;
    const named = [template === undefined ? null : text.template(template), article === undefined ? null : text.article(article)]
      .filter((s) => s !== null).join(text.and);
    const replies = traineeReplies(t, target.case, target.since);
    // null: the step names no such source; undefined: no reply used it.
    const withTemplate = template === undefined ? null : replies.find((m) => m.templates.includes(template));
    const withArticle = article === undefined ? null : replies.find((m) => m.articles.includes(article));
    if (withTemplate !== undefined && withArticle !== undefined) {
      checks.push(checkOn('expected_source', target, true, withTemplate ?? withArticle ?? null, text.used(named)));
    } else {
      const shown = replies[0] ?? target.from;
      checks.push(checkOn('expected_source', target, t.finished ? false : null, shown, t.finished ? text.never(named) : text.missing(named)));
    }
  }
  return checks;
}
