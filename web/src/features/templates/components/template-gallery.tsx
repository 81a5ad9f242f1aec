import { Alert } from '../../../components/ui/alert.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useTemplateFields } from '../api/get-template-fields.ts';
import { useTemplates } from '../api/get-templates.ts';
import { fieldKindKey, fieldLabel, templateKindNote } from './template-labels.ts';
import { TemplatePreview } from './template-preview.tsx';

/** Every layout, previewed with sample data and the saved branding. */
export function TemplateGallery() {
  const { t } = useTranslation();
  const templates = useTemplates();

  if (templates.isPending) return <Loading label={t('templates.loading')} />;
  if (templates.isError) {
    return (
      <Alert tone="error" title={t('templates.loadFailed')}>
        <p>{errorMessage(templates.error)}</p>
        <button type="button" className="button button--secondary" onClick={() => void templates.refetch()}>
          {t('templates.tryAgain')}
        </button>
      </Alert>
    );
  }
  if (templates.data.items.length === 0) return <p className="empty-state">{t('templates.none')}</p>;

  return (
    <ul className="template-gallery">
      {templates.data.items.map((template) => (
        <li key={template.id}>
          <article className="panel template-tile" aria-labelledby={`template-${template.id}`}>
            <header className="template-tile__header">
              <h2 id={`template-${template.id}`} className="section-title template-tile__title">
                {template.name}
              </h2>
              {template.largePrint ? <span className="badge badge--large-print">{t('templates.largePrint')}</span> : null}
            </header>
            <p className="template-tile__kind muted small">
              {templateKindNote(template)} · <code>{template.id}</code>
            </p>
            <p>{template.description}</p>
            <TemplatePreview template={template} />
          </article>
        </li>
      ))}
    </ul>
  );
}

/** The field registry: what any layout can print, and the sample values the previews use. */
export function TemplateFieldsTable() {
  const { t } = useTranslation();
  const fields = useTemplateFields();

  if (fields.isPending) return <Loading label={t('templates.fields.loading')} />;
  if (fields.isError) {
    return (
      <Alert tone="error" title={t('templates.fields.loadFailed')}>
        <p>{errorMessage(fields.error)}</p>
        <button type="button" className="button button--secondary" onClick={() => void fields.refetch()}>
          {t('templates.tryAgain')}
        </button>
      </Alert>
    );
  }
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{t('templates.fields.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('templates.fields.field')}</th>
            <th scope="col">{t('templates.fields.kind')}</th>
            <th scope="col">{t('templates.fields.key')}</th>
            <th scope="col">{t('templates.fields.sample')}</th>
          </tr>
        </thead>
        <tbody>
          {fields.data.items.map((field) => (
            <tr key={field.key}>
              <th scope="row" data-label={t('templates.fields.field')}>
                {fieldLabel(field)}
              </th>
              <td data-label={t('templates.fields.kind')}>{t(fieldKindKey[field.kind])}</td>
              <td data-label={t('templates.fields.key')}>
                <code>{field.key}</code>
              </td>
              <td data-label={t('templates.fields.sample')}>{field.sample}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
