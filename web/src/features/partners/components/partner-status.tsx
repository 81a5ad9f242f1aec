import { useState } from 'react';
import type { PartnerView } from '../../../../../api/src/partners/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useUpdatePartner } from '../api/update-partner.ts';

/** Admins: take a partner out of verify answers and the directory, or put it back. */
export function PartnerStatus({ partner }: { partner: PartnerView }) {
  const { t } = useTranslation();
  const update = useUpdatePartner();
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  function close() {
    setConfirming(false);
    update.reset();
  }

  const next = !partner.active;
  return (
    <section className="panel" aria-labelledby="partner-status-title">
      <h2 id="partner-status-title" className="section-title">
        {partner.active ? t('partners.status.deactivateTitle') : t('partners.status.activateTitle')}
      </h2>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <p className="section-lead">
        {partner.active ? t('partners.status.deactivateLead') : t('partners.status.activateLead')}
      </p>
      <button
        type="button"
        className={partner.active ? 'button button--danger-outline' : 'button'}
        onClick={() => {
          setNotice(null);
          setConfirming(true);
        }}
      >
        {partner.active ? t('partners.status.deactivateButton') : t('partners.status.activateButton')}
      </button>
      <ConfirmDialog
        open={confirming}
        title={partner.active ? t('partners.status.deactivateQuestion', { name: partner.name }) : t('partners.status.activateQuestion', { name: partner.name })}
        tone={partner.active ? 'danger' : 'primary'}
        confirmLabel={partner.active ? t('partners.status.deactivate') : t('partners.status.activate')}
        isPending={update.isPending}
        error={update.error ? errorMessage(update.error) : undefined}
        onClose={close}
        onConfirm={() =>
          update.mutate(
            { id: partner.id, changes: { active: next } },
            {
              onSuccess: (saved) => {
                close();
                setNotice(
                  saved.active ? t('partners.status.activated', { name: saved.name }) : t('partners.status.deactivated', { name: saved.name }),
                );
              },
            },
          )
        }
      >
        {partner.active ? (
          <p>{t('partners.status.deactivateWarning')}</p>
        ) : (
          <p>{t('partners.status.activateWarning')}</p>
        )}
      </ConfirmDialog>
    </section>
  );
}
