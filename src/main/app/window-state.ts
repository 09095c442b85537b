// Remembers where the agent left the window. A damaged or off-screen state falls back to defaults.
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

const Bounds = z.object({
  x: z.int(), y: z.int(), width: z.int().min(400).max(20_000), height: z.int().min(300).max(20_000),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof Bounds>;

export const DEFAULT_STATE: WindowState = { x: 80, y: 60, width: 1280, height: 800, maximized: false };

type Area = { x: number; y: number; width: number; height: number };

export function loadWindowState(file: string, displays: Area[]): WindowState {
  try {
    const state = Bounds.parse(JSON.parse(readFileSync(file, 'utf8')));
    // At least a corner of the title bar must be on a display the agent still has.
    const visible = displays.some((d) => state.x + 100 > d.x && state.x < d.x + d.width && state.y >= d.y && state.y < d.y + d.height);
    return visible ? state : DEFAULT_STATE;
  } catch {
    return DEFAULT_STATE;
  }
}

export function saveWindowState(file: string, state: WindowState): void {
  try {
    writeFileSync(file, JSON.stringify(state), { mode: 0o600 });
  } catch {
    // Losing the window position is not worth an error dialog.
  }
}
