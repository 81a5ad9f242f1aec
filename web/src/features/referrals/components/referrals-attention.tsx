import { Link } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';

/** For "Needs attention": how many referrals wait for review (no names: the home page is seen over shoulders). */
export function ReferralsAttention({ waiting }: { waiting: number }) {
  const { t } = useTranslation();
  if (waiting === 0) return null;
  return (
    <div className="attention-group">
      <h3 className="attention-group__title">{t('referrals.attention.title', { count: waiting })}</h3>
      <p className="attention-group__hint">{t('referrals.attention.hint')}</p>
      <p>
        <Link to={paths.referrals.list.getHref({ status: 'new' })}>{t('referrals.attention.link')}</Link>
      </p>
    </div>
  );
}
