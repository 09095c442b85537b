// Small inline icons (24×24, currentColor). Decorative: the text beside each one carries the
// meaning, so states never depend on colour or shape alone.
const PATHS = {
  clock: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zm0 4v5l3 3',
  check: 'M5 12.5l4.5 4.5L19 7.5',
  cross: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM9 9l6 6m0-6l-6 6',
  warning: 'M12 3.5L2.5 20h19zM12 10v4.5m0 2.5v.5',
  globe: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM3 12h18M12 3c3 3.2 3 14.8 0 18M12 3c-3 3.2-3 14.8 0 18',
  lock: 'M6 11h12v9H6zM8.5 11V8a3.5 3.5 0 0 1 7 0v3',
  sync: 'M4 12a8 8 0 0 1 14-5.3M20 4v4h-4M20 12a8 8 0 0 1-14 5.3M4 20v-4h4',
  offline: 'M3 3l18 18M8.5 8.6A6 6 0 0 0 5 14a4 4 0 0 0 4 4h9M12.5 6.1A6 6 0 0 1 19 11a3.5 3.5 0 0 1 1.6 6',
  bolt: 'M13 3L5 14h6l-1 7 8-11h-6z',
  user: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21a8 8 0 0 1 16 0',
  keyboard: 'M3 7h18v10H3zM6 10h1m3 0h1m3 0h1m3 0h1M7 14h10',
  dot: 'M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8z',
  school: 'M2 9l10-5 10 5-10 5zM6 11v5c3 2 9 2 12 0v-5',
  building: 'M5 21V4h10v17M15 9h4v12M8 8h1m3 0h1M8 12h1m3 0h1M8 16h1m3 0h1M3 21h18',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 24 24"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
