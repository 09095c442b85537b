// The agent's theme choice (UI state, persisted): follow the OS, or force light or dark.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

interface ThemeState {
  theme: Theme;
  setTheme: (theme: Theme) => void;
}

export const useThemeStore = create<ThemeState>()(
  persist((set) => ({ theme: 'system', setTheme: (theme) => set({ theme }) }), {
    name: 'atiende.theme',
    storage: createJSONStorage(() => localStorage),
    partialize: (state) => ({ theme: state.theme }),
  }),
);
