import { Link } from 'react-router';
import { paths } from '../../../config/paths.ts';

/** For "Needs attention": how many referrals wait for review (no names: the home page is seen over shoulders). */
export function ReferralsAttention({ waiting }: { waiting: number }) {
  if (waiting === 0) return null;
  return (
    <div className="attention-group">
      <h3 className="attention-group__title">{waiting === 1 ? '1 new referral' : `${waiting} new referrals`}</h3>
      <p className="attention-group__hint">Sent from the public referral form. Check each against existing records, then accept or decline it.</p>
      <p>
        <Link to={paths.referrals.list.getHref({ status: 'new' })}>Review the referrals</Link>
      </p>
    </div>
  );
}
