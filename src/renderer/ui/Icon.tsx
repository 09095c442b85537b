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
  pencil: 'M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4',
  filter: 'M4 5h16l-6 7.5V19l-4-2v-4.5z',
  chevronDown: 'M6 9l6 6 6-6',
  chevronUp: 'M6 15l6-6 6 6',
  paneClose: 'M3 4h18v16H3zM15 4v16M8 9l3 3-3 3',
  paneOpen: 'M3 4h18v16H3zM15 4v16M11 9l-3 3 3 3',
  block: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM5.6 5.6l12.8 12.8',
  book: 'M4 5a2 2 0 0 1 2-2h13v16H6a2 2 0 0 0-2 2zM4 21a2 2 0 0 1 2-2h13',
  template: 'M5 3h10l4 4v14H5zM14 3v5h5M8 12h8M8 16h6',
  chat: 'M4 5h16v11H9l-5 4z',
  mail: 'M3 6h18v12H3zM3 7l9 6 9-6',
  phone: 'M8 3h8v18H8zM11 18h2',
  at: 'M16 12a4 4 0 1 1-8 0 4 4 0 0 1 8 0zM16 12v1.5a2.5 2.5 0 0 0 5 0V12a9 9 0 1 0-3.5 7.1',
  store: 'M4 9l1.5-5h13L20 9M4 9h16v2a3 3 0 0 1-5.3 2 3 3 0 0 1-5.4 0A3 3 0 0 1 4 11zM5 13v7h14v-7',
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
