import { Alert } from '../../../components/ui/alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useVerifyAuditChain } from '../api/verify-audit-chain.ts';

/** Checks that no event in the hash chain was changed, removed or reordered. */
export function VerifyChain() {
  const verify = useVerifyAuditChain();
  const report = verify.data;

  return (
    <section className="verify-chain" aria-labelledby="verify-chain-title">
      <div className="verify-chain__intro">
        <h2 id="verify-chain-title" className="section-title">
          Integrity check
        </h2>
        <p>Every event carries a hash of the one before it, so any change to past events breaks the chain.</p>
        <button type="button" className="button button--secondary" onClick={() => verify.mutate()} disabled={verify.isPending}>
          {verify.isPending ? 'Verifying…' : 'Verify chain'}
        </button>
      </div>
      {verify.isError ? (
        <Alert tone="error" title="Could not verify the chain">
          {errorMessage(verify.error)}
        </Alert>
      ) : null}
      {report && !verify.isPending ? (
        report.intact ? (
          <Alert tone="success" title="Chain intact">
            All {report.checked.toLocaleString('en-GB')} events were checked. None has been changed or removed.
          </Alert>
        ) : (
          <Alert tone="error" title="Chain broken">
            <p>
              {report.firstBrokenSeq !== null
                ? `Event #${report.firstBrokenSeq} does not match the chain. `
                : 'The chain does not match. '}
              The audit log may have been changed outside this app ({report.checked.toLocaleString('en-GB')} events
              checked).
            </p>
            <p>Tell whoever runs the server, and keep a copy of the database as it is now.</p>
          </Alert>
        )
      ) : null}
    </section>
  );
}
