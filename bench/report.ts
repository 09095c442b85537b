// Renders the benchmark's Markdown table and the machine line.
import { cpus, platform, totalmem } from 'node:os';

export interface Row {
  measure: string;
  result: string;
  floor: string;
  ratio: string;
  target: string;
  /** Undefined for rows that only inform. */
  ok?: boolean | undefined;
}

const escape = (cell: string) => cell.replace(/\|/g, '\\|');

export function table(rows: readonly Row[]): string {
  const lines = [
    '| measure | result | floor (same run) | ratio | target | ok |',
    '|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const ok = r.ok === undefined ? '—' : r.ok ? 'ok' : 'MISSED';
    lines.push(`| ${[r.measure, r.result, r.floor, r.ratio, r.target, ok].map(escape).join(' | ')} |`);
  }
  return lines.join('\n');
}

export function machineLine(): string {
  const list = cpus();
  const model = list[0]?.model.trim() ?? 'unknown CPU';
  const memory = `${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM`;
  return `Machine: ${list.length} CPUs (${model}), ${memory}, ${platform()}, Node ${process.version}`;
}
