// A folded list of what can be written in a text and what each piece becomes (template and
// auto-reply placeholders). The codes come from the caller, not the translations: i18next would
// read their braces as its own.
export function SyntaxHelp({ summary, entries }: { summary: string; entries: readonly (readonly [code: string, meaning: string])[] }) {
  return (
    <details className="placeholder-help">
      <summary>{summary}</summary>
      <dl>
        {entries.map(([code, meaning]) => (
          <div key={code}>
            <dt><code>{code}</code></dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
