// The placeholder syntax, next to the text it is written in.
import { useTranslation } from 'react-i18next';
import { SyntaxHelp } from '../../ui/SyntaxHelp.tsx';

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
    <SyntaxHelp summary={t('templatesPanel.editor.help')}
      entries={SYNTAX.map(([code, key]) => [code, t(`templatesPanel.placeholders.${key}`)] as const)} />
  );
}
