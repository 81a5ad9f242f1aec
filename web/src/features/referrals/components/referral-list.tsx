import { Link, useSearchParams } from 'react-router';
import type { ReferralListQuery, ReferralStatus } from '../../../../../api/src/referrals/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField } from '../../../components/ui/field.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { pageFromParam, Pagination } from '../../../components/ui/pagination.tsx';
import { paths } from '../../../config/paths.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { formatCalendarDate, formatDateTime } from '../../../lib/format-date.ts';
import { fullName } from '../../../lib/format-name.ts';
import { useReferrals } from '../api/get-referrals.ts';
import { isReferralStatus, referralStatusLabel, referrerRoleLabel } from './referral-labels.ts';

const PAGE_SIZE = 25;

/** Referrals by status (new by default, the longest waiting first), kept in the URL. */
export function ReferralList() {
  const [searchParams, setSearchParams] = useSearchParams();
  const statusParam = searchParams.get('status') ?? 'new';
  const status = isReferralStatus(statusParam) ? statusParam : undefined;
  const page = pageFromParam(searchParams.get('page'));
  const query: ReferralListQuery = { page, pageSize: PAGE_SIZE, ...(status ? { status } : {}) };
  const referrals = useReferrals(query);
  const hrefForPage = (target: number) => paths.referrals.list.getHref({ status: status ?? 'any', ...(target > 1 ? { page: target } : {}) });

  return (
    <>
      <form
        key={statusParam}
        className="filters filters--inline"
        aria-label="Filter the referrals"
        onSubmit={(event) => {
          event.preventDefault();
          setSearchParams({ status: String(new FormData(event.currentTarget).get('status') ?? 'new') });
        }}
      >
        <SelectField label="Status" name="status" defaultValue={status ?? 'any'} className="input--medium">
          {(Object.keys(referralStatusLabel) as ReferralStatus[]).map((value) => (
            <option key={value} value={value}>
              {referralStatusLabel[value]}
            </option>
          ))}
          <option value="any">Any status</option>
        </SelectField>
        <div className="button-row">
          <button type="submit" className="button">
            Show
          </button>
        </div>
      </form>
      <section aria-labelledby="referral-results-title" aria-busy={referrals.isFetching}>
        <h2 id="referral-results-title" className="section-title" tabIndex={-1}>
          {status === 'new' ? 'New referrals, the longest waiting first' : status ? `${referralStatusLabel[status]} referrals, newest first` : 'All referrals, newest first'}
        </h2>
        {referrals.isPending ? (
          <Loading label="Loading referrals…" />
        ) : referrals.isError ? (
          <Alert tone="error" title="Could not load the referrals">
            <p>{errorMessage(referrals.error)}</p>
          </Alert>
        ) : referrals.data.items.length === 0 ? (
          <p className="muted">{status === 'new' ? 'No new referrals. Anything sent from the referral form appears here.' : 'No referrals here.'}</p>
        ) : (
          <>
            <div className="table-wrap">
              <table className="data-table">
                <caption className="visually-hidden">Referrals</caption>
                <thead>
                  <tr>
                    <th scope="col">Reference</th>
                    <th scope="col">Young carer</th>
                    <th scope="col">Date of birth</th>
                    <th scope="col">Referred by</th>
                    <th scope="col">Received</th>
                    <th scope="col">Status</th>
                  </tr>
                </thead>
                <tbody>
                  {referrals.data.items.map((referral) => (
                    <tr key={referral.id}>
                      <td data-label="Reference">
                        <Link to={paths.referrals.detail.getHref(referral.id)} className="nowrap">
                          {referral.reference}
                        </Link>
                      </td>
                      <td data-label="Young carer">{referral.givenName ? fullName(referral) : <span className="muted">{referral.holderId ? 'On their record' : 'Erased'}</span>}</td>
                      <td data-label="Date of birth">{referral.dateOfBirth ? formatCalendarDate(referral.dateOfBirth) : <span className="muted">–</span>}</td>
                      <td data-label="Referred by">{referrerRoleLabel[referral.referrerRole]}</td>
                      <td data-label="Received" className="nowrap">
                        {formatDateTime(referral.createdAt)}
                      </td>
                      <td data-label="Status">{referralStatusLabel[referral.status]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination page={page} pageSize={PAGE_SIZE} total={referrals.data.total} hrefForPage={hrefForPage} noun={['referral', 'referrals']} headingId="referral-results-title" />
          </>
        )}
      </section>
    </>
  );
}
