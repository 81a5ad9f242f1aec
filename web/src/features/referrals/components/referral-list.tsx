import { Link, useSearchParams } from 'react-router';
import type { ReferralListQuery, ReferralStatus } from '../../../../../api/src/referrals/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField } from '../../../components/ui/field.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { pageFromParam, Pagination } from '../../../components/ui/pagination.tsx';
import { paths } from '../../../config/paths.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { fullName } from '../../../lib/format-name.ts';
import { useReferrals } from '../api/get-referrals.ts';
import { calendarDay } from './referral-dates.ts';
import { isReferralStatus, REFERRAL_STATUSES } from './referral-labels.ts';
import { dateFormat } from '../../../i18n/dates.ts';

const PAGE_SIZE = 25;

/** Referrals by status (new by default, the longest waiting first), kept in the URL. */
export function ReferralList() {
  const [searchParams, setSearchParams] = useSearchParams();
  const statusParam = searchParams.get('status') ?? 'new';
  const status = isReferralStatus(statusParam) ? statusParam : undefined;
  const page = pageFromParam(searchParams.get('page'));
  const query: ReferralListQuery = { page, pageSize: PAGE_SIZE, ...(status ? { status } : {}) };
  const referrals = useReferrals(query);
  const { t } = useTranslation();
  const received = dateFormat('dayTime');
  const born = dateFormat('day');
  const hrefForPage = (target: number) => paths.referrals.list.getHref({ status: status ?? 'any', ...(target > 1 ? { page: target } : {}) });

  return (
    <>
      <form
        key={statusParam}
        className="filters filters--inline"
        aria-label={t('referrals.list.filter')}
        onSubmit={(event) => {
          event.preventDefault();
          setSearchParams({ status: String(new FormData(event.currentTarget).get('status') ?? 'new') });
        }}
      >
        <SelectField label={t('referrals.list.status')} name="status" defaultValue={status ?? 'any'} className="input--medium">
          {REFERRAL_STATUSES.map((value: ReferralStatus) => (
            <option key={value} value={value}>
              {t(`referrals.status.${value}`)}
            </option>
          ))}
          <option value="any">{t('referrals.list.anyStatus')}</option>
        </SelectField>
        <div className="button-row">
          <button type="submit" className="button">
            {t('referrals.list.show')}
          </button>
        </div>
      </form>
      <section aria-labelledby="referral-results-title" aria-busy={referrals.isFetching}>
        <h2 id="referral-results-title" className="section-title" tabIndex={-1}>
          {status === 'new' ? t('referrals.list.titleNew') : status ? t(`referrals.list.title.${status}`) : t('referrals.list.titleAll')}
        </h2>
        {referrals.isPending ? (
          <Loading label={t('referrals.list.loading')} />
        ) : referrals.isError ? (
          <Alert tone="error" title={t('referrals.list.loadFailed')}>
            <p>{errorMessage(referrals.error)}</p>
          </Alert>
        ) : referrals.data.items.length === 0 ? (
          <p className="muted">{status === 'new' ? t('referrals.list.emptyNew') : t('referrals.list.empty')}</p>
        ) : (
          <>
            <div className="table-wrap">
              <table className="data-table">
                <caption className="visually-hidden">{t('referrals.list.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('referrals.list.reference')}</th>
                    <th scope="col">{t('referrals.list.youngCarer')}</th>
                    <th scope="col">{t('referrals.list.dateOfBirth')}</th>
                    <th scope="col">{t('referrals.list.referredBy')}</th>
                    <th scope="col">{t('referrals.list.received')}</th>
                    <th scope="col">{t('referrals.list.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {referrals.data.items.map((referral) => (
                    <tr key={referral.id}>
                      <td data-label={t('referrals.list.reference')}>
                        <Link to={paths.referrals.detail.getHref(referral.id)} className="nowrap">
                          {referral.reference}
                        </Link>
                      </td>
                      <td data-label={t('referrals.list.youngCarer')}>
                        {referral.givenName ? fullName(referral) : <span className="muted">{referral.holderId ? t('referrals.list.onRecord') : t('referrals.list.erased')}</span>}
                      </td>
                      <td data-label={t('referrals.list.dateOfBirth')}>{referral.dateOfBirth ? born.format(calendarDay(referral.dateOfBirth)) : <span className="muted">–</span>}</td>
                      <td data-label={t('referrals.list.referredBy')}>{t(`referrals.role.${referral.referrerRole}`)}</td>
                      <td data-label={t('referrals.list.received')} className="nowrap">
                        {received.format(new Date(referral.createdAt))}
                      </td>
                      <td data-label={t('referrals.list.status')}>{t(`referrals.status.${referral.status}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination page={page} pageSize={PAGE_SIZE} total={referrals.data.total} hrefForPage={hrefForPage} noun={[t('referrals.list.nounOne'), t('referrals.list.nounOther')]} headingId="referral-results-title" />
          </>
        )}
      </section>
    </>
  );
}
