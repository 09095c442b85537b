// The placeholder syntax, next to the text it is written in. The placeholders are shown as
// code from here, not from the translations: i18next would read their braces as its own.
import { useTranslation } from 'react-i18next';

const SYNTAX = [
  ['{{customer.firstName}}', 'firstName'],
  ['{{customer.name}}', 'customerName'],
  ['{{agent.name}}', 'agentName'],
  ['{{case.number}}', 'caseNumber'],
  ['{{channel}}', 'channel'],
  ['{{today}}', 'today'],
  ['{{field:order_number}}', 'field'],
  ['{{customer.firstName || "hola"}}', 'fallback'],
  ['\\{{', 'escape'],
] as const;

export function PlaceholderHelp() {
  const { t } = useTranslation();
  return (
    <details className="placeholder-help">
      <summary>{t('templatesPanel.editor.help')}</summary>
      <dl>
        {SYNTAX.map(([code, key]) => (
          <div key={key}>
            <dt><code>{code}</code></dt>
            <dd>{t(`templatesPanel.placeholders.${key}`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
