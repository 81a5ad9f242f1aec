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

export function PartnerEditRoute() {
  const { id = '' } = useParams();
  const partner = usePartner(id);
  const updatePartner = useUpdatePartner();
  const navigate = useNavigate();
  const initialValues = useMemo(() => (partner.data ? partnerFormValuesOf(partner.data) : null), [partner.data]);
  const backHref = paths.partners.detail.getHref(id);

  if (!partner.data || !initialValues) {
    return (
      <Page title="Edit partner">
        {partner.isError ? (
          <Alert tone="error" title="Could not load the partner">
            <p>{errorMessage(partner.error)}</p>
            <button type="button" className="button button--secondary" onClick={() => void partner.refetch()}>
              Try again
            </button>
          </Alert>
        ) : (
          <Loading label="Loading the partner…" />
        )}
        <p>
          <Link to={backHref}>Back to the partner</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title={`Edit ${partner.data.name}`} lead="Changes reach verify answers and the public directory at once.">
      <PartnerForm
        // A fresh form when the partner changes underneath (saved in another tab, say).
        key={partner.data.updatedAt}
        initialValues={initialValues}
        submitLabel="Save changes"
        pendingLabel="Saving…"
        isPending={updatePartner.isPending}
        apiError={updatePartner.error}
        errorTitle="Could not save the changes"
        cancelHref={backHref}
        onSubmit={(values) => {
          const changes = toPartnerChanges(initialValues, values);
          if (Object.keys(changes).length === 0) {
            navigate(backHref, { state: noticeState('Nothing was changed.') });
            return;
          }
          updatePartner.mutate({ id, changes }, { onSuccess: () => navigate(backHref, { state: noticeState('Changes saved.') }) });
        }}
      />
    </Page>
  );
}
