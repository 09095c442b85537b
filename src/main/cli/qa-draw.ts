// `atiende qa …`: supervisors' quality work from the command line, on the console's own engine.
import { z } from 'zod';
import { QaDrawInput } from '../../shared/qa/draw.ts';
import { STRATUM_DIMENSIONS } from '../../shared/qa/strata.ts';
import { confirmDraw } from '../qa/packs.ts';
import { Services } from '../services.ts';
import type { Output } from './commands.ts';
import { safeJson, safeText } from './format.ts';

export interface QaDrawOptions {
  profile: string;
  perAgent: string;
  by?: string | undefined;
  agents?: string | undefined;
  team?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  seed?: string | undefined;
  json: boolean;
}

const list = (text: string | undefined): string[] | undefined => text?.split(',').map((s) => s.trim()).filter((s) => s !== '');

/** The options as the draw's input, each checked with its flag's name in the message. */
export function drawInput(o: Omit<QaDrawOptions, 'profile' | 'json'>): z.infer<typeof QaDrawInput> {
  const by = list(o.by);
  const unknown = by?.filter((d) => !(STRATUM_DIMENSIONS as readonly string[]).includes(d)) ?? [];
  if (unknown.length > 0) throw new Error(`--by takes ${STRATUM_DIMENSIONS.join(',')}; not ${unknown.join(',')}`);
  if (o.agents !== undefined && o.team !== undefined) throw new Error('give --agents or --team, not both');
  const parsed = QaDrawInput.safeParse({
    perAgent: Number(o.perAgent), by, agents: list(o.agents), team: o.team, from: o.from, to: o.to, seed: o.seed,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const flag = { perAgent: '--per-agent', by: '--by', agents: '--agents', team: '--team', from: '--from', to: '--to', seed: '--seed' }[String(issue?.path[0])];
    throw new Error(`${flag ?? 'input'}: ${issue?.message ?? 'not valid'}`);
  }
  return parsed.data;
}

/** Draws online, downloads the pack, and prints it. */
export async function qaDraw(o: QaDrawOptions): Promise<Output> {
  const input = drawInput(o);
  const services = await Services.open({ profileDir: o.profile });
  try {
    const drawn = await confirmDraw(services, input);
    const result = {
      packId: drawn.packId, seed: drawn.seed, strata: drawn.strata,
      cases: drawn.cases.map((c) => ({ caseId: c.caseId, agent: c.agent, channel: c.channel })),
    };
    if (o.json) return { stdout: safeJson(result) };
    const lines = [
      `Pack ${drawn.packId ?? '?'}: ${drawn.total} cases, seed ${safeText(drawn.seed)} (${drawn.period.from} – ${drawn.period.to})`,
      ...drawn.strata.map((s) => `  ${String(s.count).padStart(4)}  ${safeText(s.key)}`),
    ];
    return { stdout: `${lines.join('\n')}\n` };
  } finally {
    services.close();
  }
}
