// A template's text as it would be inserted, with what still needs a value marked as a hole
// (`[order_number]`). Template text is always shown as text, never as markup.
import type { ReactNode } from 'react';
import { renderTemplate, type TemplateValues } from '../../../shared/templates.ts';

interface Props {
  body: string;
  values: TemplateValues;
  id?: string;
  testId?: string;
}

export function TemplatePreview({ body, values, id, testId }: Props) {
  const { text, holes } = renderTemplate(body, values);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [index, hole] of holes.entries()) {
    parts.push(text.slice(at, hole.start), <mark key={index} className="template-hole">{text.slice(hole.start, hole.end)}</mark>);
    at = hole.end;
  }
  parts.push(text.slice(at));
  return <p id={id} className="template-preview" data-testid={testId}>{parts}</p>;
}
