/** A backup or restore that cannot go on, with a message for the operator (printed as it is, no stack). */
export class BackupError extends Error {
  override name = 'BackupError';
}

/** A restore refused before anything was changed: the message says why and what to do. */
export class RestoreRefused extends BackupError {
  override name = 'RestoreRefused';
}
