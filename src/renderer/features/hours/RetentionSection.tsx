// "Retención y privacidad": how long every console keeps what customers wrote and the text of
// answered changes, and how long it works without reaching the server. A supervisor edits the
// days (saved with the page's other drafts); an agent reads them.
import { useTranslation } from 'react-i18next';
import { RETENTION_FIELDS, type Retention } from '../../../shared/retention.ts';
import { retentionProblemText } from './problemText.ts';
import { retentionFieldProblem, type RetentionForm } from './retentionForm.ts';

type Props =
  | { canEdit: true; form: RetentionForm; onChange: (form: RetentionForm) => void }
  | { canEdit: false; retention: Retention };

export function RetentionSection(props: Props) {
  const { t } = useTranslation();
  return (
    <section className="hours-section retention" aria-labelledby="retention-title" data-testid="retention">
      <h3 id="retention-title">{t('hours.retention.title')}</h3>
      <p className="hint">{t('hours.retention.intro')}</p>
      {props.canEdit ? <RetentionFields form={props.form} onChange={props.onChange} /> : (
        <dl className="retention-values" data-testid="retention-values">
          {RETENTION_FIELDS.map((field) => (
            <div key={field} data-field={field}>
              <dt>{t(`hours.retention.${field}.label`)}</dt>
              <dd><strong>{t('hours.retention.days', { count: props.retention[field] })}</strong> <span className="hint">{t(`hours.retention.${field}.help`)}</span></dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

function RetentionFields({ form, onChange }: { form: RetentionForm; onChange: (form: RetentionForm) => void }) {
  const { t } = useTranslation();
  return (
    <div className="retention-fields">
      {RETENTION_FIELDS.map((field) => {
        const problem = retentionFieldProblem(field, form[field]);
        const id = `retention-${field}`;
        return (
          <div key={field} className="retention-field" data-testid={id}>
            <label htmlFor={id}>{t(`hours.retention.${field}.label`)}</label>
            <span className="retention-input">
              <input id={id} type="text" inputMode="numeric" size={5} value={form[field]} aria-invalid={problem !== null}
                aria-describedby={`${id}-help${problem ? ` ${id}-problem` : ''}`}
                onChange={(e) => onChange({ ...form, [field]: e.target.value })} />
              {t('hours.retention.unit')}
            </span>
            <p id={`${id}-help`} className="hint">{t(`hours.retention.${field}.help`)}</p>
            {problem ? <p id={`${id}-problem`} className="error" data-testid="retention-problem">{retentionProblemText(t, { field, key: problem })}</p> : null}
          </div>
        );
      })}
    </div>
  );
}
