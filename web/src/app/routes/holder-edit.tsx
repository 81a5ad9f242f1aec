import { useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { noticeState } from '../../components/ui/flash-notice.tsx';
import { Loading } from '../../components/ui/loading.tsx';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { useHolder } from '../../features/holders/api/get-holder.ts';
import { useUpdateHolder } from '../../features/holders/api/update-holder.ts';
import { useTranslation } from '../../i18n/use-translation.ts';
import { HolderForm } from '../../features/holders/components/holder-form.tsx';
import { holderFormValuesOf, toHolderChanges } from '../../features/holders/components/holder-form-values.ts';
import { errorMessage } from '../../lib/api-client.ts';
import { fullName } from '../../lib/format-name.ts';

export function HolderEditRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const holder = useHolder(id);
  const updateHolder = useUpdateHolder();
  const navigate = useNavigate();
  const initialValues = useMemo(() => (holder.data ? holderFormValuesOf(holder.data) : null), [holder.data]);
  const backHref = paths.holders.detail.getHref(id);

  if (!holder.data || !initialValues) {
    return (
      <Page title={t('holders.edit.titleLoading')}>
        {holder.isError ? (
          <Alert tone="error" title={t('holders.record.loadFailed')}>
            {errorMessage(holder.error)}
          </Alert>
        ) : (
          <Loading label={t('holders.record.loading')} />
        )}
        <p>
          <Link to={backHref}>{t('holders.edit.back')}</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title={t('holders.edit.title', { name: fullName(holder.data) })} lead={t('holders.edit.lead')}>
      <HolderForm
        // A fresh form when the record changes underneath (after saving elsewhere, say).
        key={holder.data.updatedAt}
        initialValues={initialValues}
        submitLabel={t('holders.edit.submit')}
        pendingLabel={t('holders.edit.pending')}
        isPending={updateHolder.isPending}
        apiError={updateHolder.error}
        errorTitle={t('holders.edit.failed')}
        cancelHref={backHref}
        onSubmit={(values) => {
          const changes = toHolderChanges(initialValues, values);
          if (Object.keys(changes).length === 0) {
            navigate(backHref, { state: noticeState(t('holders.edit.unchanged')) });
            return;
          }
          updateHolder.mutate(
            { id, changes },
            { onSuccess: () => navigate(backHref, { state: noticeState(t('holders.edit.saved')) }) },
          );
        }}
      />
    </Page>
  );
}
