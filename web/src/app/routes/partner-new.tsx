import { useNavigate } from 'react-router';
import { noticeState } from '../../components/ui/flash-notice.tsx';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { useCreatePartner } from '../../features/partners/api/create-partner.ts';
import { PartnerForm } from '../../features/partners/components/partner-form.tsx';
import { emptyPartnerFormValues, toCreatePartnerBody } from '../../features/partners/components/partner-form-values.ts';

const initialValues = emptyPartnerFormValues();

export function PartnerNewRoute() {
  const createPartner = useCreatePartner();
  const navigate = useNavigate();
  return (
    <Page title="Add a partner" lead="A shop, leisure centre, school or service that honours the card. You can add its benefits on the next page.">
      <PartnerForm
        initialValues={initialValues}
        submitLabel="Add partner"
        pendingLabel="Adding…"
        isPending={createPartner.isPending}
        apiError={createPartner.error}
        errorTitle="Could not add the partner"
        cancelHref={paths.partners.list.getHref()}
        onSubmit={(values) =>
          createPartner.mutate(toCreatePartnerBody(values), {
            onSuccess: (partner) =>
              navigate(paths.partners.detail.getHref(partner.id), {
                state: noticeState(`${partner.name} has been added. Add its benefits below.`),
              }),
          })
        }
      />
    </Page>
  );
}
