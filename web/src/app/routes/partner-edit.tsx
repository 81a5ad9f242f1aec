import { useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { noticeState } from '../../components/ui/flash-notice.tsx';
import { Loading } from '../../components/ui/loading.tsx';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { usePartner } from '../../features/partners/api/get-partner.ts';
import { useUpdatePartner } from '../../features/partners/api/update-partner.ts';
import { PartnerForm } from '../../features/partners/components/partner-form.tsx';
import { partnerFormValuesOf, toPartnerChanges } from '../../features/partners/components/partner-form-values.ts';
import { errorMessage } from '../../lib/api-client.ts';
import { useTranslation } from '../../i18n/use-translation.ts';

export function PartnerEditRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const partner = usePartner(id);
  const updatePartner = useUpdatePartner();
  const navigate = useNavigate();
  const initialValues = useMemo(() => (partner.data ? partnerFormValuesOf(partner.data) : null), [partner.data]);
  const backHref = paths.partners.detail.getHref(id);

  if (!partner.data || !initialValues) {
    return (
      <Page title={t('app.partnerEdit.title')}>
        {partner.isError ? (
          <Alert tone="error" title={t('app.partner.loadError')}>
            <p>{errorMessage(partner.error)}</p>
            <button type="button" className="button button--secondary" onClick={() => void partner.refetch()}>
              {t('app.tryAgain')}
            </button>
          </Alert>
        ) : (
          <Loading label={t('app.partner.loading')} />
        )}
        <p>
          <Link to={backHref}>{t('app.partnerEdit.back')}</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title={t('app.partnerEdit.titleOf', { name: partner.data.name })} lead={t('app.partnerEdit.lead')}>
      <PartnerForm
        // A fresh form when the partner changes underneath (saved in another tab, say).
        key={partner.data.updatedAt}
        initialValues={initialValues}
        submitLabel={t('app.partnerEdit.submit')}
        pendingLabel={t('app.partnerEdit.pending')}
        isPending={updatePartner.isPending}
        apiError={updatePartner.error}
        errorTitle={t('app.partnerEdit.error')}
        cancelHref={backHref}
        onSubmit={(values) => {
          const changes = toPartnerChanges(initialValues, values);
          if (Object.keys(changes).length === 0) {
            navigate(backHref, { state: noticeState(t('app.partnerEdit.unchanged')) });
            return;
          }
          updatePartner.mutate({ id, changes }, { onSuccess: () => navigate(backHref, { state: noticeState(t('app.partnerEdit.saved')) }) });
        }}
      />
    </Page>
  );
}
