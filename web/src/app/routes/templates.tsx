import { Page } from '../../components/ui/page.tsx';
import { TemplateFieldsTable, TemplateGallery } from '../../features/templates/components/template-gallery.tsx';
import { useTranslation } from '../../i18n/use-translation.ts';

export function TemplatesRoute() {
  const { t } = useTranslation();
  return (
    <Page
      title={t('app.templates.title')}
      lead={t('app.templates.lead')}
    >
      <TemplateGallery />
      <section aria-labelledby="template-fields-title">
        <h2 id="template-fields-title" className="section-title">
          {t('app.templates.fieldsTitle')}
        </h2>
        <p className="section-lead">
          {t('app.templates.fieldsLead')}
        </p>
        <TemplateFieldsTable />
      </section>
    </Page>
  );
}
