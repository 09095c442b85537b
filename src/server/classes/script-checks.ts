// What a class script must hold beyond its schema: ids and references that resolve, times that
// fall inside the class, and expectations a trainee can meet with the seed they are given. Each
// problem names the step and the field, so the loader can say where to fix the file.
import { CHANNEL_INFO, isPublicChannel } from '../../shared/channels.ts';
import type { GradingRule } from '../../shared/classes/rules.ts';
import type { Channel, Language } from '../../shared/domain.ts';
import type { Scenario } from '../scenario.ts';
import type { ClassScript, ClassStep, Expectation, MessageStep } from './script.ts';

export interface ScriptProblem {
  /** The step's index in `steps`; undefined for a field of the script itself. */
  step?: number;
  /** The field, as a dot path inside the step (or the script). */
  field: string;
  message: string;
}

/** Rules about one customer message: a step names them, `always` cannot. */
export const STEP_RULES: readonly GradingRule[] = ['service_level', 'private_data_moved', 'hostile_not_public', 'cancellation_retention', 'expected_source'];
/** Rules that judge what the trainee wrote in public, so the step's case must be on a public channel. */
const PUBLIC_RULES: readonly GradingRule[] = ['private_data_moved', 'hostile_not_public'];

const MINUTE = 60_000;

/** When each step fires in scenario time: startsAt + at, plus what earlier clock steps moved the clock. */
export function stepTimes(script: ClassScript): Date[] {
  const start = Date.parse(script.startsAt);
  const order = script.steps.map((step, index) => ({ step, index })).sort((a, b) => a.step.at - b.step.at || a.index - b.index);
  const times: Date[] = [];
  let shift = 0;
  for (const { step, index } of order) {
    const at = start + step.at * MINUTE + shift;
    times[index] = new Date(at);
    if (step.kind === 'clock') shift += Date.parse(step.to) - at;
  }
  return times;
}

/**
 * Every problem of a script that passed its schema. `seed` is the scenario it names, or null
 * when that could not be read (the caller reports why; the seed's checks are skipped).
 */
export function scriptProblems(script: ClassScript, seed: Scenario | null): ScriptProblem[] {
  const problems: ScriptProblem[] = [];
  const add = (step: number | undefined, field: string, message: string) => problems.push({ ...(step === undefined ? {} : { step }), field, message });

  const always = new Set<GradingRule>();
  script.always.forEach((rule, i) => {
    if (always.has(rule)) add(undefined, `always.${i}`, `${rule} is listed twice`);
    always.add(rule);
    if (STEP_RULES.includes(rule)) add(undefined, `always.${i}`, `${rule} judges one customer message: name it in that step's expect`);
  });
  if (!script.steps.some((s) => s.kind === 'message')) add(undefined, 'steps', 'no customer writes: add a message step');

  const firstIndex = new Map<string, number>();
  /** Who holds each opened case, as the steps go by. */
  const holder = new Map<string, 'trainee' | 'colleague'>();
  script.steps.forEach((step, i) => {
    const earlier = firstIndex.get(step.id);
    if (earlier !== undefined) add(i, 'id', `"${step.id}" is already step ${earlier}'s id`);
    else firstIndex.set(step.id, i);
    if (step.at >= script.durationMinutes) add(i, 'at', `minute ${step.at} is not before the class ends (durationMinutes ${script.durationMinutes})`);

    if (step.kind === 'clock') return;
    const opener = openerOf(script.steps, i, step.case, add);
    if (step.kind === 'reassign') {
      if (!opener) return;
      if (holder.get(opener.id) === step.to) add(i, 'to', `step "${opener.id}"'s case is already the ${step.to}'s`);
      holder.set(opener.id, step.to);
      return;
    }
    if (opener) {
      if (opener.channel !== step.channel) add(i, 'channel', `the case of step "${opener.id}" is on ${opener.channel}; a customer writes in a case on its own channel`);
      if (opener.customer.name !== step.customer.name || opener.customer.handle !== step.customer.handle) {
        add(i, 'customer', `the case of step "${opener.id}" is ${opener.customer.name} (${opener.customer.handle})'s; only they write in it`);
      }
      if (step.assignTo === 'colleague') add(i, 'assignTo', 'a message in an earlier case keeps its holder: move it with a reassign step');
    } else {
      holder.set(step.id, step.assignTo);
    }
    if (step.followUp && step.at + step.followUp.afterMinutes >= script.durationMinutes) {
      add(i, 'followUp.afterMinutes', `the follow-up would come at minute ${step.at + step.followUp.afterMinutes}, when the class has ended (durationMinutes ${script.durationMinutes})`);
    }
    checkExpectations(script, seed, i, step, opener ?? step, add);
  });
  checkClocks(script, add);
  return problems;
}

type Add = (step: number | undefined, field: string, message: string) => void;

/** The message step that opened the case `ref` names: an earlier one, no later in time, that opened a case. */
function openerOf(steps: readonly ClassStep[], index: number, ref: string | undefined, add: Add): MessageStep | null {
  if (ref === undefined) return null;
  const at = steps.findIndex((s) => s.id === ref);
  const target = steps[at];
  const step = steps[index] as ClassStep;
  if (!target) add(index, 'case', `no step has the id "${ref}"`);
  else if (at >= index) add(index, 'case', `step "${ref}" is step ${at}: name an earlier message step`);
  else if (target.kind !== 'message') add(index, 'case', `step "${ref}" is a ${target.kind} step: name the message step that opened the case`);
  else if (target.case !== undefined) add(index, 'case', `step "${ref}" writes in step "${target.case}"'s case: name "${target.case}"`);
  else if (target.at > step.at) add(index, 'case', `step "${ref}" comes at minute ${target.at}, after this one (minute ${step.at})`);
  else return target;
  return null;
}

function checkExpectations(script: ClassScript, seed: Scenario | null, i: number, step: MessageStep, opener: MessageStep, add: Add): void {
  const seen = new Set<string>();
  // The case's language: a seed customer writes in theirs; anyone else in the class's.
  const customer = seed ? seedCustomer(seed, opener.channel, opener.customer.handle) : undefined;
  const language: Language = customer?.language ?? script.language;
  if (customer && customer.name !== step.customer.name) {
    add(i, 'customer.name', `${step.customer.handle} on ${step.channel} is ${customer.name} in scenario ${script.seed}: use that name`);
  }
  step.expect.forEach((expectation, e) => {
    const field = `expect.${e}`;
    const key = JSON.stringify([expectation.rule, expectation.template ?? null, expectation.article ?? null]);
    if (seen.has(key)) add(i, field, `the same expectation is listed twice`);
    seen.add(key);
    if (PUBLIC_RULES.includes(expectation.rule) && !isPublicChannel(opener.channel)) {
      add(i, `${field}.rule`, `${expectation.rule} judges public replies, and this case is on ${opener.channel}, a private channel`);
    }
    if (expectation.rule !== 'expected_source') {
      for (const source of ['template', 'article'] as const) {
        if (expectation[source] !== undefined) add(i, `${field}.${source}`, `only expected_source names a ${source}`);
      }
      return;
    }
    checkSource(script, seed, i, field, expectation, opener.channel, language, add);
  });
}

function checkSource(script: ClassScript, seed: Scenario | null, i: number, field: string, expectation: Expectation, channel: Channel, language: Language, add: Add): void {
  if (expectation.template === undefined && expectation.article === undefined) {
    add(i, field, 'expected_source needs a template or an article (its key in the seed scenario)');
    return;
  }
  if (expectation.template !== undefined && expectation.article !== undefined) {
    add(i, field, 'name a template or an article, not both: to expect both, list two expectations');
    return;
  }
  if (!seed) return;
  if (expectation.template !== undefined) {
    const template = seed.templates.find((t) => t.key === expectation.template);
    if (!template) add(i, `${field}.template`, `scenario ${script.seed} has no template "${expectation.template}"`);
    else if (template.team !== null) add(i, `${field}.template`, `"${template.key}" is for team ${template.team} only, which a trainee may not be in: expect a template for everyone, or an article`);
    else if (template.channels !== null && !template.channels.includes(channel)) add(i, `${field}.template`, `"${template.key}" is made for ${template.channels.join(', ')}, not ${channel}`);
    else if (template.language !== language) add(i, `${field}.template`, `"${template.key}" is in ${template.language}; this case is in ${language}`);
  } else {
    const article = seed.articles.find((a) => a.key === expectation.article);
    if (!article) add(i, `${field}.article`, `scenario ${script.seed} has no article "${expectation.article}"`);
    else if (article.language !== language) add(i, `${field}.article`, `"${article.key}" is in ${article.language}; this case is in ${language}`);
  }
}

function seedCustomer(seed: Scenario, channel: Channel, handle: string): Scenario['customers'][number] | undefined {
  return seed.customers.find((c) => c.identities.some((id) => id.channel === channel && id.handle === handle));
}

/**
 * A clock step moves scenario time forward only, and never in the middle of a service level the
 * script grades: a jump past a reply's deadline would make it late at once.
 */
function checkClocks(script: ClassScript, add: Add): void {
  const times = stepTimes(script);
  const start = Date.parse(script.startsAt);
  script.steps.forEach((step, i) => {
    if (step.kind !== 'clock') return;
    const before = (times[i] as Date).getTime();
    const to = Date.parse(step.to);
    if (to <= start) add(i, 'to', `${step.to} is not after the class's start (${script.startsAt})`);
    else if (to <= before) add(i, 'to', `${step.to} is not after the class's time at minute ${step.at} (${new Date(before).toISOString()})`);
    script.steps.forEach((other, j) => {
      if (other.kind !== 'message' || other.at >= step.at || !other.expect.some((x) => x.rule === 'service_level')) return;
      const due = other.at + CHANNEL_INFO[other.channel].slaMinutes;
      if (due > step.at) add(i, 'at', `the jump at minute ${step.at} cuts short step ${j} ("${other.id}")'s service level, due at minute ${due}: jump at minute ${due} or later`);
    });
  });
}
