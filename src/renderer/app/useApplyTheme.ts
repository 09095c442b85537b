import { useEffect } from 'react';
import { useThemeStore } from './themeStore.ts';

/**
 * Mirrors the theme choice on <html data-theme>. Without the attribute the CSS follows
 * prefers-color-scheme (theme.css uses light-dark() with color-scheme).
 */
export function useApplyTheme(): void {
  const theme = useThemeStore((state) => state.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}
