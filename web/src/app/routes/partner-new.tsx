import { useNavigate } from 'react-router';
import { noticeState } from '../../components/ui/flash-notice.tsx';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { useCreatePartner } from '../../features/partners/api/create-partner.ts';
import { PartnerForm } from '../../features/partners/components/partner-form.tsx';
import { emptyPartnerFormValues, toCreatePartnerBody } from '../../features/partners/components/partner-form-values.ts';
import { useTranslation } from '../../i18n/use-translation.ts';

const initialValues = emptyPartnerFormValues();

export function PartnerNewRoute() {
  const { t } = useTranslation();
  const createPartner = useCreatePartner();
  const navigate = useNavigate();
  return (
    <Page title={t('app.partnerNew.title')} lead={t('app.partnerNew.lead')}>
      <PartnerForm
        initialValues={initialValues}
        submitLabel={t('app.partnerNew.submit')}
        pendingLabel={t('app.partnerNew.pending')}
        isPending={createPartner.isPending}
        apiError={createPartner.error}
        errorTitle={t('app.partnerNew.error')}
        cancelHref={paths.partners.list.getHref()}
        onSubmit={(values) =>
          createPartner.mutate(toCreatePartnerBody(values), {
            onSuccess: (partner) =>
              navigate(paths.partners.detail.getHref(partner.id), {
                state: noticeState(t('app.partnerNew.added', { name: partner.name })),
              }),
          })
        }
      />
    </Page>
  );
}
