import { Page } from '../../components/ui/page.tsx';
import { TemplateFieldsTable, TemplateGallery } from '../../features/templates/components/template-gallery.tsx';

export function TemplatesRoute() {
  return (
    <Page
      title="Card templates"
      lead="The layouts cards are printed with, shown with sample details and your organisation’s branding. Choose a card’s layout when you issue it, or change it on the card’s page."
    >
      <TemplateGallery />
      <section aria-labelledby="template-fields-title">
        <h2 id="template-fields-title" className="section-title">
          What a layout can print
        </h2>
        <p className="section-lead">
          Every layout draws from these fields. The previews use the sample values; a real card uses the young carer’s
          details and your branding.
        </p>
        <TemplateFieldsTable />
      </section>
    </Page>
  );
}
