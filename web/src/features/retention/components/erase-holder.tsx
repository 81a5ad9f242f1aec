import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { noticeState } from '../../../components/ui/flash-notice.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { paths } from '../../../config/paths.ts';
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
  const erase = useEraseHolder();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState<string | undefined>();

  function close() {
    setOpen(false);
    setTyped('');
    setTypedError(undefined);
    erase.reset();
  }

  return (
    <section className="page-section" aria-labelledby="erase-title">
      <h2 id="erase-title" className="section-title">
        Erase this record
      </h2>
      <p className="section-lead">
        Records are erased automatically once the retention period has passed after the last card ended. An admin can erase one now, for example when
        consent is withdrawn. Their cards stop working at once.
      </p>
      <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
        Erase record…
      </button>
      <ConfirmDialog
        open={open}
        title={`Erase ${name}’s record?`}
        confirmLabel="Erase for good"
        isPending={erase.isPending}
        error={erase.error ? errorMessage(erase.error) : undefined}
        onClose={close}
        onConfirm={() => {
          if (!sameName(typed, name)) {
            setTypedError(`Type ${name} to confirm.`);
            return;
          }
          erase.mutate(
            { holderId, confirmName: typed },
            {
              onSuccess: () => {
                close();
                void navigate(paths.holders.list.getHref(), { state: noticeState('The record was erased. Nothing about this young carer is kept.') });
              },
            },
          );
        }}
      >
        <p className="dialog__warning">
          <strong>This cannot be undone.</strong> Their name, date of birth, contact details, notes and photo are deleted, their cards show as not valid,
          their invitations and phones signed in are removed and their messages are emptied. The audit log keeps only that a record was erased.
        </p>
        <TextField
          label={`Type their name, ${name}, to confirm`}
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
