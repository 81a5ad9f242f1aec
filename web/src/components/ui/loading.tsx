export function Loading({ label = 'Loading…', className }: { label?: string; className?: string }) {
  return (
    <div className={className ? `loading ${className}` : 'loading'} role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

/** For the moment before anything else can be drawn (restoring the session). */
export function FullPageLoading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="full-page-loading">
      <Loading label={label} />
    </div>
  );
}
