import { useState } from 'react';
import { useNavigate } from 'react-router';
import { noticeState } from '../../components/ui/flash-notice.tsx';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { useCreateHolder } from '../../features/holders/api/create-holder.ts';
import { useTranslation } from '../../i18n/use-translation.ts';
import { HolderForm } from '../../features/holders/components/holder-form.tsx';
import { emptyHolderFormValues, toCreateHolderBody } from '../../features/holders/components/holder-form-values.ts';

export function HolderNewRoute() {
  const { t } = useTranslation();
  const createHolder = useCreateHolder();
  const navigate = useNavigate();
  // "When consent was given" starts at the moment the form opened.
  const [initialValues] = useState(() => emptyHolderFormValues());

  return (
    <Page
      title={t('holders.new.title')}
      lead={t('holders.new.lead')}
    >
      <HolderForm
        initialValues={initialValues}
        submitLabel={t('holders.new.submit')}
        pendingLabel={t('holders.new.pending')}
        isPending={createHolder.isPending}
        apiError={createHolder.error}
        errorTitle={t('holders.new.failed')}
        cancelHref={paths.holders.list.getHref()}
        onSubmit={(values) =>
          createHolder.mutate(toCreateHolderBody(values), {
            onSuccess: (holder) =>
              navigate(paths.holders.detail.getHref(holder.id), {
                state: noticeState(t('holders.new.done', { name: `${holder.givenName} ${holder.familyName}` })),
              }),
          })
        }
      />
    </Page>
  );
}
