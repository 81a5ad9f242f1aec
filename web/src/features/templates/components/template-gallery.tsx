import { Alert } from '../../../components/ui/alert.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useTemplateFields } from '../api/get-template-fields.ts';
import { useTemplates } from '../api/get-templates.ts';
import { fieldKindLabel, templateKindNote } from './template-labels.ts';
import { TemplatePreview } from './template-preview.tsx';

/** Every layout, previewed with sample data and the saved branding. */
export function TemplateGallery() {
  const templates = useTemplates();

  if (templates.isPending) return <Loading label="Loading the layouts…" />;
  if (templates.isError) {
    return (
      <Alert tone="error" title="Could not load the layouts">
        <p>{errorMessage(templates.error)}</p>
        <button type="button" className="button button--secondary" onClick={() => void templates.refetch()}>
          Try again
        </button>
      </Alert>
    );
  }
  if (templates.data.items.length === 0) return <p className="empty-state">There are no layouts in the templates folder.</p>;

  return (
    <ul className="template-gallery">
      {templates.data.items.map((template) => (
        <li key={template.id}>
          <article className="panel template-tile" aria-labelledby={`template-${template.id}`}>
            <header className="template-tile__header">
              <h2 id={`template-${template.id}`} className="section-title template-tile__title">
                {template.name}
              </h2>
              {template.largePrint ? <span className="badge badge--large-print">Large print</span> : null}
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
  const fields = useTemplateFields();

  if (fields.isPending) return <Loading label="Loading the fields…" />;
  if (fields.isError) {
    return (
      <Alert tone="error" title="Could not load the fields">
        <p>{errorMessage(fields.error)}</p>
        <button type="button" className="button button--secondary" onClick={() => void fields.refetch()}>
          Try again
        </button>
      </Alert>
    );
  }
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Fields a layout can print</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Kind</th>
            <th scope="col">Key</th>
            <th scope="col">Sample in the previews</th>
          </tr>
        </thead>
        <tbody>
          {fields.data.items.map((field) => (
            <tr key={field.key}>
              <th scope="row" data-label="Field">
                {field.label}
              </th>
              <td data-label="Kind">{fieldKindLabel[field.kind]}</td>
              <td data-label="Key">
                <code>{field.key}</code>
              </td>
              <td data-label="Sample">{field.sample}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
