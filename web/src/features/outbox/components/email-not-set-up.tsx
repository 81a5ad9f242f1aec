import { Alert } from '../../../components/ui/alert.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';

/** Examples of the setting's value: addresses, the same in every language. */
const SMTP_EXAMPLE = 'smtp://user:password@mail.example.org:587';
const SMTPS_EXAMPLE = 'smtps://…:465';

/** Said wherever emails are made while the server has no SMTP_URL: nothing is sent until staff pass it on. */
export function EmailNotSetUp() {
  const { t } = useTranslation();
  return (
    <Alert tone="warning" title={t('outbox.notSetUp.title')}>
      <p>
        {t('outbox.notSetUp.waits')} <strong>{t('outbox.notSetUp.waiting')}</strong>. {t('outbox.notSetUp.copy')}{' '}
        <strong>{t('outbox.message.markHandedOver')}</strong>.
      </p>
      <p className="small">
        {t('outbox.notSetUp.setsBefore')} <code>SMTP_URL</code> ({t('outbox.notSetUp.forExample')}{' '}
        <code className="break-anywhere">{SMTP_EXAMPLE}</code>, {t('outbox.notSetUp.or')} <code>{SMTPS_EXAMPLE}</code>){' '}
        {t('outbox.notSetUp.restarts')} <strong>{t('outbox.message.retry')}</strong>.
      </p>
    </Alert>
  );
}
