// The draw dialog's fields as a draw's input: dates are whole local days (the end day included),
// agents a comma-separated list, and an empty seed leaves the choice to the server.
import type { QaDrawInput } from '../../../shared/qa/draw.ts';
import type { StratumDimension } from '../../../shared/qa/strata.ts';

export interface DrawForm {
  from: string;
  to: string;
  mode: 'team' | 'agents';
  team: string;
  agents: string;
  perAgent: string;
  by: StratumDimension[];
  seed: string;
}

export const EMPTY_DRAW: DrawForm = { from: '', to: '', mode: 'team', team: '', agents: '', perAgent: '5', by: ['channel'], seed: '' };

const dayStart = (day: string, plusDays = 0): string => {
  const date = new Date(`${day}T00:00:00`);
  date.setDate(date.getDate() + plusDays);
  return date.toISOString();
};

export function drawInput(form: DrawForm): QaDrawInput {
  const agents = form.agents.split(',').map((a) => a.trim()).filter((a) => a !== '');
  return {
    ...(form.from ? { from: dayStart(form.from) } : {}),
    ...(form.to ? { to: dayStart(form.to, 1) } : {}),
    ...(form.mode === 'team' ? (form.team.trim() ? { team: form.team.trim() } : {}) : (agents.length > 0 ? { agents } : {})),
    perAgent: Number(form.perAgent),
    by: form.by,
    ...(form.seed.trim() ? { seed: form.seed.trim() } : {}),
  };
}
