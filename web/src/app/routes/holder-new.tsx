import { useState } from 'react';
import { useNavigate } from 'react-router';
import { noticeState } from '../../components/ui/flash-notice.tsx';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { useCreateHolder } from '../../features/holders/api/create-holder.ts';
import { HolderForm } from '../../features/holders/components/holder-form.tsx';
import { emptyHolderFormValues, toCreateHolderBody } from '../../features/holders/components/holder-form-values.ts';

export function HolderNewRoute() {
  const createHolder = useCreateHolder();
  const navigate = useNavigate();
  // "When consent was given" starts at the moment the form opened.
  const [initialValues] = useState(() => emptyHolderFormValues());

  return (
    <Page
      title="Register a young carer"
      lead="Their details, and who agreed to them having a card. You can issue the card on the next page."
    >
      <HolderForm
        initialValues={initialValues}
        submitLabel="Register young carer"
        pendingLabel="Registering…"
        isPending={createHolder.isPending}
        apiError={createHolder.error}
        errorTitle="Could not register the young carer"
        cancelHref={paths.holders.list.getHref()}
        onSubmit={(values) =>
          createHolder.mutate(toCreateHolderBody(values), {
            onSuccess: (holder) =>
              navigate(paths.holders.detail.getHref(holder.id), {
                state: noticeState(`${holder.givenName} ${holder.familyName} is registered.`),
              }),
          })
        }
      />
    </Page>
  );
}
