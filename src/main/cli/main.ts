// `npm run cli -- <command>`: Atiende without a window, for operations and diagnostics.
import { parseArgs } from 'node:util';
import { CASE_STATUSES, CONTACT_REASONS, RESOLUTIONS } from '../../shared/domain.ts';
import * as run from './commands.ts';
import { qaReview } from './qa-review.ts';
import { qaScorecard } from './qa.ts';
import { defaultProfileDir } from '../profiles.ts';
import { safeText } from './format.ts';
import { qaDraw } from './qa-draw.ts';
import { qaReportCommand } from './qa-report.ts';
import { reportCommand } from './report.ts';
import { reassign } from './team.ts';
import { answerDerivation, derive } from './derivation.ts';
import { CLASS_REQUIRED, CLASS_SUBCOMMANDS, classCommand } from './class.ts';
import { readStdin } from '../read-stdin.ts';
import { listening } from './listening.ts';

const USAGE = `Usage: atiende <command> [options]

  login   --server URL --user U [--profile DIR] [--sandbox] [--password P | --password-stdin]
          (without --profile: $ATIENDE_HOME/profiles/HOST-PORT--USER; ATIENDE_HOME is by default the
          desktop app's folder: ~/.config/Atiende, ~/Library/Application Support/Atiende, %APPDATA%\\Atiende)
          (or ATIENDE_PASSWORD in the environment: a password on the command line shows in ps)
  logout  --profile DIR [--discard-unsent]   ends the session on the server and removes the profile's
                                        cache and token (refused while changes are unsent)
  sync    --profile DIR                 push, pull to the head, push again; prints a JSON summary
  reply   --profile DIR --case ID|NUMBER --text T     queued offline, sent by the next sync
  status  --profile DIR --case ID|NUMBER --to STATE [--reason R --resolution ${RESOLUTIONS.join('|')}]
          [--product KEY] [--call-avoided]
          (or: status --profile DIR CASE STATE …)  STATE: ${CASE_STATUSES.join('|')}
          resolving needs --reason, one of the server's active contact reasons
          (${CONTACT_REASONS.join(', ')}), and --resolution; --product is an active key
          of the server's products, --call-avoided marks a resolution that spared a call
  cases   --profile DIR [--json] [--limit N] [--view all|queue|filtered]
                                        the inbox in the console's order, with each case's computed
                                        priority and why; --json adds each customer message's type
                                        and whether the noise filter holds it (all cases by default)
  search  --profile DIR [--articles] [--json] TEXT    messages (default) or knowledge base
  mutations --profile DIR [--status pending|applied|conflict|rejected]
  doctor  --profile DIR                 integrity, schema version, counts, outbox state
  derive  --profile DIR --case ID|NUMBER --to area:NAME|agent:NAME --note TEXT
                                        sends the case to an area (its id or name) or a person (a bare
                                        name is an agent) with an internal note; queued offline
  answer-derivation --profile DIR --case ID|NUMBER --outcome answered|returned|taken [--note TEXT]
                                        whom a case was derived to answers it (--note required),
                                        gives it back, or takes it over; queued offline
  reassign --profile DIR --case ID|NUMBER --to AGENT
                                        supervisors: gives a case of their teams to an agent of their
                                        teams; queued, then sent by one sync (queued offline)
  qa draw --profile DIR --per-agent N [--by channel,seniority,reason,resolution]
          [--agents a,b | --team T] [--from ISO --to ISO] [--seed S] [--json]
                                        supervisors, online: draws a QA pack and syncs it down;
                                        the same seed (and options) draws the same pack
  qa review --profile DIR --pack ID --case ID|NUMBER --answers JSON [--comment TEXT]
                                        a supervisor's review, queued offline; prints {reviewId, queued}
                                        (--answers: criterion id → "yes", "no", "na" or a number)
  qa scorecard --profile DIR [--json]   the QA scorecard in force: sections, criteria, scales, weights
  qa report --profile DIR [--from ISO --to ISO] [--json]
                                        supervisors, offline: each agent's reviews and average score
                                        in the period (the last 8 weeks by default)
  report  --profile DIR --from ISO --to ISO [--by channel|agent|team|reason|product|typology|type] [--json | --csv]
                                        supervisors (their teams) and agents (their own), online: the
                                        operation's report for the period (docs/metrics.md); --csv
                                        prints the per-case rows behind it
  class start --profile DIR --scenario NAME --trainees ana,beto [--speed 1|2|5] [--json]
                                        trainers, online: a class from a script of the sandbox
                                        server; prints each trainee's username and one-time password
  class control --profile DIR --class ID --action start|pause|resume|speed|jump [--speed 1|2|5] [--minutes N] [--json]
                                        the class's clock: start it, pause, resume, a new speed (--speed),
                                        or jump N scenario minutes ahead (--minutes)
  class status --profile DIR --class ID [--json]   the class and how each trainee is doing
  class grade  --profile DIR --class ID [--json]   each trainee's score and each rule, with evidence
  class stop   --profile DIR --class ID            ends the class (its grades become final)
  class join   --server URL --code CODE [--profile DIR]
                                        a trainee joins a class with the code handed out, like login
  listening --profile DIR [--json]      public posts about the brand that address no company account
                                        (Escucha), newest first: author, influence, state, and the
                                        keyword and form matched (--json: matched: {keyword, form})
`;

class UsageError extends Error {}

const OPTIONS = {
  profile: { type: 'string' },
  server: { type: 'string' },
  user: { type: 'string' },
  password: { type: 'string' },
  'password-stdin': { type: 'boolean', default: false },
  case: { type: 'string' },
  pack: { type: 'string' },
  answers: { type: 'string' },
  comment: { type: 'string' },
  text: { type: 'string' },
  to: { type: 'string' },
  reason: { type: 'string' },
  resolution: { type: 'string' },
  product: { type: 'string' },
  'call-avoided': { type: 'boolean', default: false },
  status: { type: 'string' },
  limit: { type: 'string' },
  view: { type: 'string' },
  json: { type: 'boolean', default: false },
  csv: { type: 'boolean', default: false },
  articles: { type: 'boolean', default: false },
  sandbox: { type: 'boolean', default: false },
  'discard-unsent': { type: 'boolean', default: false },
  'per-agent': { type: 'string' },
  by: { type: 'string' },
  agents: { type: 'string' },
  team: { type: 'string' },
  from: { type: 'string' },
  seed: { type: 'string' },
  scenario: { type: 'string' },
  trainees: { type: 'string' },
  speed: { type: 'string' },
  class: { type: 'string' },
  action: { type: 'string' },
  minutes: { type: 'string' },
  code: { type: 'string' },
  note: { type: 'string' },
  outcome: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function required(values: Record<string, unknown>, ...names: string[]): void {
  const missing = names.filter((n) => typeof values[n] !== 'string' || values[n] === '');
  if (missing.length > 0) throw new UsageError(`missing ${missing.map((n) => `--${n}`).join(', ')}`);
}

/** --password, then --password-stdin, then ATIENDE_PASSWORD. */
async function password(v: Record<string, unknown>): Promise<string> {
  if (typeof v.password === 'string' && v.password !== '') return v.password;
  if (v['password-stdin'] === true) {
    const typed = await readStdin();
    if (typed !== '') return typed;
  }
  const fromEnv = process.env.ATIENDE_PASSWORD;
  if (fromEnv) return fromEnv;
  throw new UsageError('missing the password: --password, --password-stdin or ATIENDE_PASSWORD');
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  const { values, positionals } = parseArgs({ args: rest, options: OPTIONS, allowPositionals: ['search', 'status', 'qa', 'class'].includes(command) });
  const v = values as Record<string, string | boolean | undefined> & { profile: string };
  let output: run.Output & { healthy?: boolean };
  switch (command) {
    case 'login':
      required(v, 'server', 'user');
      output = await run.login({
        server: String(v.server),
        user: String(v.user),
        password: await password(v),
        profile: typeof v.profile === 'string' ? v.profile : defaultProfileDir(String(v.server), String(v.user)),
        sandbox: v.sandbox === true,
      });
      break;
    case 'logout':
      required(v, 'profile');
      output = await run.logout({ profile: v.profile, discardUnsent: v['discard-unsent'] === true });
      break;
    case 'sync':
      required(v, 'profile');
      output = await run.sync(v);
      break;
    case 'reassign':
      required(v, 'profile', 'case', 'to');
      output = await reassign({ profile: v.profile, case: String(v.case), to: String(v.to) });
      break;
    case 'derive':
      required(v, 'profile', 'case', 'to', 'note');
      output = await derive({ profile: v.profile, case: String(v.case), to: String(v.to), note: String(v.note) });
      break;
    case 'answer-derivation':
      required(v, 'profile', 'case', 'outcome');
      output = await answerDerivation({ profile: v.profile, case: String(v.case), outcome: String(v.outcome), note: typeof v.note === 'string' ? v.note : '' });
      break;
    case 'reply':
      required(v, 'profile', 'case', 'text');
      output = await run.reply({ profile: v.profile, case: String(v.case), text: String(v.text) });
      break;
    case 'status': {
      // `status CASE STATE` reads as agents say it; --case and --to still work.
      const [caseRef = v.case, to = v.to, ...extra] = positionals;
      if (extra.length > 0) throw new UsageError(`unexpected "${extra.join(' ')}"`);
      required({ ...v, case: caseRef, to }, 'profile', 'case', 'to');
      output = await run.status({
        profile: v.profile, case: String(caseRef), to: String(to),
        reason: typeof v.reason === 'string' ? v.reason : undefined,
        resolution: typeof v.resolution === 'string' ? v.resolution : undefined,
        product: typeof v.product === 'string' ? v.product : undefined,
        callAvoided: v['call-avoided'] === true ? true : undefined,
      });
      break;
    }
    case 'cases': {
      required(v, 'profile');
      const limit = v.limit === undefined ? -1 : Number(v.limit);
      if (!Number.isInteger(limit) || (limit < 1 && limit !== -1)) throw new UsageError('--limit must be a positive whole number');
      const view = run.CLI_VIEWS.find((name) => name === (v.view ?? 'all'));
      if (view === undefined) throw new UsageError(`--view must be one of ${run.CLI_VIEWS.join(', ')}`);
      output = await run.cases({ profile: v.profile, json: v.json === true, limit, view });
      break;
    }
    case 'search':
      required(v, 'profile');
      if (positionals.length === 0) throw new UsageError('search needs some text to look for');
      output = await run.search({ profile: v.profile, articles: v.articles === true, json: v.json === true, text: positionals.join(' ') });
      break;
    case 'mutations':
      required(v, 'profile');
      output = await run.mutations({ profile: v.profile, status: typeof v.status === 'string' ? v.status : undefined });
      break;
    case 'doctor':
      required(v, 'profile');
      output = await run.doctor(v);
      break;
    case 'qa': {
      const [sub, ...extra] = positionals;
      if (extra.length > 0) throw new UsageError(`unexpected "${extra.join(' ')}"`);
      const text = (name: string) => (typeof v[name] === 'string' ? v[name] : undefined);
      if (sub === 'scorecard') {
        required(v, 'profile');
        output = await qaScorecard({ profile: v.profile, json: v.json === true });
      } else if (sub === 'draw') {
        required(v, 'profile', 'per-agent');
        output = await qaDraw({
          profile: v.profile, perAgent: String(v['per-agent']), by: text('by'), agents: text('agents'), team: text('team'),
          from: text('from'), to: text('to'), seed: text('seed'), json: v.json === true,
        });
      } else if (sub === 'review') {
        required(v, 'profile', 'pack', 'case', 'answers');
        output = await qaReview({
          profile: v.profile, pack: String(v.pack), case: String(v.case), answers: String(v.answers), comment: text('comment'),
        });
      } else if (sub === 'report') {
        required(v, 'profile');
        output = await qaReportCommand({ profile: v.profile, from: text('from'), to: text('to'), json: v.json === true });
      } else {
        throw new UsageError(sub === undefined ? 'qa needs a subcommand: scorecard, draw, review or report' : `unknown qa subcommand "${sub}"`);
      }
      break;
    }
    case 'report':
      required(v, 'profile', 'from', 'to');
      output = await reportCommand({
        profile: v.profile, from: String(v.from), to: String(v.to), by: typeof v.by === 'string' ? v.by : undefined,
        json: v.json === true, csv: v.csv === true,
      });
      break;
    case 'class': {
      const [sub, ...extra] = positionals;
      if (extra.length > 0) throw new UsageError(`unexpected "${extra.join(' ')}"`);
      const known = CLASS_SUBCOMMANDS.find((name) => name === sub);
      if (known === undefined) throw new UsageError(sub === undefined ? `class needs a subcommand: ${CLASS_SUBCOMMANDS.join(', ')}` : `unknown class subcommand "${sub}"`);
      required(v, ...CLASS_REQUIRED[known]);
      const text = (name: string) => (typeof v[name] === 'string' ? v[name] : undefined);
      output = await classCommand(known, {
        profile: text('profile'), scenario: text('scenario'), trainees: text('trainees'), speed: text('speed'), class: text('class'),
        action: text('action'), minutes: text('minutes'),
        server: text('server'), code: text('code'), json: v.json === true,
      });
      break;
    }
    case 'listening':
      required(v, 'profile');
      output = await listening({ profile: v.profile, json: v.json === true });
      break;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
  process.stdout.write(output.stdout);
  if (output.stderr) process.stderr.write(output.stderr);
  return output.healthy === false ? 1 : 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`atiende: ${safeText(message.split('\n')[0] ?? '')}${usage ? " (see 'atiende help')" : ''}\n`);
  process.exitCode = usage ? 2 : 1;
}
