/** The ten recovery codes, shown once when an account gets its first second factor. */
export function RecoveryCodes({ codes, onSaved }: { codes: string[]; onSaved: () => void }) {
  return (
    <div className="stack">
      <h3 className="section-title">Your recovery codes</h3>
      <p>
        If you lose your phone or your passkey, each of these codes signs you in once instead. Print them or keep them
        somewhere safe; they are not shown again.
      </p>
      <ul className="recovery-codes" aria-label="Recovery codes">
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" className="button" onClick={onSaved}>
          I have saved my recovery codes
        </button>
      </div>
    </div>
  );
}
