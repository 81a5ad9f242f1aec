import { useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { noticeState } from '../../components/ui/flash-notice.tsx';
import { Loading } from '../../components/ui/loading.tsx';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { useHolder } from '../../features/holders/api/get-holder.ts';
import { useUpdateHolder } from '../../features/holders/api/update-holder.ts';
import { HolderForm } from '../../features/holders/components/holder-form.tsx';
import { holderFormValuesOf, toHolderChanges } from '../../features/holders/components/holder-form-values.ts';
import { errorMessage } from '../../lib/api-client.ts';
import { fullName } from '../../lib/format-name.ts';

export function HolderEditRoute() {
  const { id = '' } = useParams();
  const holder = useHolder(id);
  const updateHolder = useUpdateHolder();
  const navigate = useNavigate();
  const initialValues = useMemo(() => (holder.data ? holderFormValuesOf(holder.data) : null), [holder.data]);
  const backHref = paths.holders.detail.getHref(id);

  if (!holder.data || !initialValues) {
    return (
      <Page title="Edit details">
        {holder.isError ? (
          <Alert tone="error" title="Could not load the record">
            {errorMessage(holder.error)}
          </Alert>
        ) : (
          <Loading label="Loading the record…" />
        )}
        <p>
          <Link to={backHref}>Back to the record</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title={`Edit ${fullName(holder.data)}`} lead="Change only what needs changing; the record keeps a history of every change.">
      <HolderForm
        // A fresh form when the record changes underneath (after saving elsewhere, say).
        key={holder.data.updatedAt}
        initialValues={initialValues}
        submitLabel="Save changes"
        pendingLabel="Saving…"
        isPending={updateHolder.isPending}
        apiError={updateHolder.error}
        errorTitle="Could not save the changes"
        cancelHref={backHref}
        onSubmit={(values) => {
          const changes = toHolderChanges(initialValues, values);
          if (Object.keys(changes).length === 0) {
            navigate(backHref, { state: noticeState('Nothing was changed.') });
            return;
          }
          updateHolder.mutate(
            { id, changes },
            { onSuccess: () => navigate(backHref, { state: noticeState('Changes saved.') }) },
          );
        }}
      />
    </Page>
  );
}
