// Every figure of the period beside the previous period's and the change, each with the way
// down to the cases it counts (occupancy, made of presence, has none).
import { useTranslation } from 'react-i18next';
import { delta } from '../../../shared/reports/period.ts';
import type { OperationReportView } from '../../../shared/reports/view.ts';
import { deltaText, FIGURES, figureText, type Figure } from './figures.ts';

interface FiguresTableProps {
  current: OperationReportView;
  previous: OperationReportView | null;
  locale: string;
  /** Null offline: the cases behind a figure need the network. */
  onDrill: ((figure: Figure) => void) | null;
}

export function FiguresTable({ current, previous, locale, onDrill }: FiguresTableProps) {
  const { t } = useTranslation();
  return (
    <div className="reports-table-scroll" tabIndex={0} role="region" aria-label={t('reports.figuresTitle')}>
      <table className="reports-table" data-testid="reports-figures">
        <caption className="sr-only">{t('reports.figuresTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.figure')}</th>
            <th scope="col">{t('reports.thisPeriod')}</th>
            <th scope="col">{t('reports.previousPeriod')}</th>
            <th scope="col">{t('reports.change')}</th>
            <th scope="col"><span className="sr-only">{t('reports.cases')}</span></th>
          </tr>
        </thead>
        <tbody>
          {FIGURES.map((figure) => {
            const now = figure.value(current);
            const before = previous ? figure.value(previous) : null;
            const label = t(`reports.figures.${figure.key}`);
            return (
              <tr key={figure.key} data-figure={figure.key}>
                <th scope="row">{label}</th>
                <td data-testid="figure-value">{figureText(figure.kind, now, locale)}</td>
                <td>{previous ? figureText(figure.kind, before, locale) : '—'}</td>
                <td data-testid="figure-delta">{previous ? deltaText(figure.kind, delta(now, before), locale) : '—'}</td>
                <td>
                  {onDrill && figure.drill ? (
                    <button type="button" className="button ghost small" onClick={() => onDrill(figure)}
                      aria-label={t('reports.drillOf', { figure: label })}>
                      {t('reports.drill')}
                    </button>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
