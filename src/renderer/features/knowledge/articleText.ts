// What of an article's Markdown the panel shows, and which of its links may leave the console.

/** The absolute http(s) address a link may open; null for anything else (javascript:, data:, relative). */
export function openableUrl(href: string | null | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The host to name when a link is refused ("www.speedtest.net"). */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The body without its first heading when that only repeats the title shown above it. */
export function withoutTitleHeading(body: string, title: string): string {
  const first = /^\s*#[ \t]+(.+?)[ \t]*#*[ \t]*(\r?\n|$)/.exec(body);
  if (!first || first[1]?.trim().toLowerCase() !== title.trim().toLowerCase()) return body;
  return body.slice(first[0].length);
}
