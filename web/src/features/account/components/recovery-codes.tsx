import { useTranslation } from '../../../i18n/use-translation.ts';

/** The ten recovery codes, shown once when an account gets its first second factor. */
export function RecoveryCodes({ codes, onSaved }: { codes: string[]; onSaved: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <h3 className="section-title">{t('account.recovery.title')}</h3>
      <p>
        {t('account.recovery.text')}
      </p>
      <ul className="recovery-codes" aria-label={t('account.recovery.list')}>
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" className="button" onClick={onSaved}>
          {t('account.recovery.saved')}
        </button>
      </div>
    </div>
  );
}
