import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import { noticeState } from '../../../components/ui/flash-notice.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { paths } from '../../../config/paths.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useEraseHolder } from '../api/erase-holder.ts';

const sameName = (typed: string, name: string) => {
  const norm = (s: string) => s.normalize('NFKC').toLocaleLowerCase('en-GB').replace(/\s+/g, ' ').trim();
  return norm(typed) === norm(name);
};

/**
 * For admins on a young carer's page: erase the record now. The admin types
 * the young carer's given and family name to confirm (the API checks it
 * too). Afterwards the page is gone, so this goes back to the list.
 */
export function EraseHolder({ holderId, name }: { holderId: string; name: string }) {
  const { t } = useTranslation();
  const fieldId = useId();
  /** Each failed attempt moves the cursor to the error summary. */
  const [failedAttempts, setFailedAttempts] = useState(0);
  const erase = useEraseHolder();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState<string | undefined>();

  function close() {
    setOpen(false);
    setTyped('');
    setTypedError(undefined);
    setFailedAttempts(0);
    erase.reset();
  }

  return (
    <section className="page-section" aria-labelledby="erase-title">
      <h2 id="erase-title" className="section-title">
        {t('retention.erase.title')}
      </h2>
      <p className="section-lead">{t('retention.erase.lead')}</p>
      <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
        {t('retention.erase.button')}
      </button>
      <ConfirmDialog
        open={open}
        title={t('retention.erase.question', { name })}
        confirmLabel={t('retention.erase.confirm')}
        isPending={erase.isPending}
        error={erase.error ? errorMessage(erase.error) : undefined}
        onClose={close}
        onConfirm={() => {
          if (!sameName(typed, name)) {
            setTypedError(t('retention.erase.typeName', { name }));
            setFailedAttempts((n) => n + 1);
            return;
          }
          erase.mutate(
            { holderId, confirmName: typed },
            {
              onSuccess: () => {
                close();
                void navigate(paths.holders.list.getHref(), { state: noticeState(t('retention.erase.done')) });
              },
            },
          );
        }}
      >
        <p className="dialog__warning">
          <strong>{t('retention.erase.cannotUndo')}</strong> {t('retention.erase.what')}
        </p>
        <ErrorSummary items={typedError ? [{ message: typedError, fieldId }] : []} focusKey={failedAttempts} />
        <TextField
          id={fieldId}
          label={t('retention.erase.label', { name })}
          autoComplete="off"
          spellCheck={false}
          value={typed}
          error={typedError}
          onChange={(event) => {
            setTyped(event.currentTarget.value);
            setTypedError(undefined);
          }}
        />
      </ConfirmDialog>
    </section>
  );
}
