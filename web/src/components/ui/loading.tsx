import { useTranslation } from '../../i18n/use-translation.ts';

export function Loading({ label, className }: { label?: string; className?: string }) {
  const { t } = useTranslation();
  return (
    <div className={className ? `loading ${className}` : 'loading'} role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t('ui.loading')}</span>
    </div>
  );
}

/** For the moment before anything else can be drawn (restoring the session). */
export function FullPageLoading({ label }: { label?: string }) {
  return (
    <div className="full-page-loading">
      <Loading label={label} />
    </div>
  );
}
