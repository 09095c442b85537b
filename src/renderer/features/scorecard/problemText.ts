// The editor's problems in the supervisor's language, naming the section and criterion by number.
import type { TFunction } from 'i18next';
import { SCORECARD_LIMITS } from '../../../shared/qa/scorecard.ts';
import type { ScorecardProblem } from './scorecardForm.ts';

export function problemText(t: TFunction, problem: ScorecardProblem): string {
  switch (problem.key) {
    case 'tooManySections': return t('scorecard.problems.tooManySections', { max: SCORECARD_LIMITS.sections });
    case 'tooManyCriteria': return t('scorecard.problems.tooManyCriteria', { max: SCORECARD_LIMITS.criteria });
    case 'title': return t('scorecard.problems.title', { section: problem.section + 1 });
    case 'unjudged': return t('scorecard.problems.unjudged', { channels: problem.channels.map((c) => t(`channel.${c}`)).join(', ') });
    case 'schema': return t('scorecard.problems.schema', { message: problem.message });
    case 'question': case 'questionLong': case 'helpLong': case 'weight': case 'autofailScale':
      return t(`scorecard.problems.${problem.key}`, {
        section: problem.section + 1, criterion: problem.criterion + 1,
        max: problem.key === 'helpLong' ? SCORECARD_LIMITS.help : SCORECARD_LIMITS.question,
      });
    default: return t(`scorecard.problems.${problem.key}`);
  }
}
