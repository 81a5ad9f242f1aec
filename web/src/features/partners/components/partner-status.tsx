import { useState } from 'react';
import type { PartnerView } from '../../../../../api/src/partners/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useUpdatePartner } from '../api/update-partner.ts';

/** Admins: take a partner out of verify answers and the directory, or put it back. */
export function PartnerStatus({ partner }: { partner: PartnerView }) {
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
        {partner.active ? 'Deactivate this partner' : 'Activate this partner'}
      </h2>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      <p className="section-lead">
        {partner.active
          ? 'An inactive partner disappears from verify answers and from the public directory of offers, with all its benefits, and its API keys stop working. Nothing is deleted: you can activate it again at any time.'
          : 'This partner is inactive: it and its benefits are left out of verify answers and the public directory, and its API keys are refused. Activating it puts them back at once.'}
      </p>
      <button
        type="button"
        className={partner.active ? 'button button--danger-outline' : 'button'}
        onClick={() => {
          setNotice(null);
          setConfirming(true);
        }}
      >
        {partner.active ? 'Deactivate partner' : 'Activate partner'}
      </button>
      <ConfirmDialog
        open={confirming}
        title={partner.active ? `Deactivate ${partner.name}?` : `Activate ${partner.name}?`}
        tone={partner.active ? 'danger' : 'primary'}
        confirmLabel={partner.active ? 'Deactivate' : 'Activate'}
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
                  saved.active
                    ? `${saved.name} is active again: its benefits are back in verify answers and the directory.`
                    : `${saved.name} is now inactive: it no longer appears in verify answers or the directory.`,
                );
              },
            },
          )
        }
      >
        {partner.active ? (
          <p>
            From now on, its benefits are no longer listed when any card is checked, it disappears from the public
            directory, and till systems using its API keys are refused. You can activate it again later.
          </p>
        ) : (
          <p>Its active benefits will be listed again when cards are checked, and it will be back in the public directory.</p>
        )}
      </ConfirmDialog>
    </section>
  );
}
