import { databaseFaultMessage } from '../db/errors.ts';

/**
 * What the log keeps of an error: its class, its code and where it was thrown,
 * never its message. Messages are where values end up: a Prisma validation
 * error quotes the whole query (a child's name, a date of birth), a database
 * error quotes the duplicate key. Only the messages of Node's own system errors
 * (ECONNREFUSED 127.0.0.1:5432 and the like, which carry `syscall`) are kept:
 * they name addresses and files, never a person. Nor, for a database fault
 * (db/errors.ts), are the driver's words for it.
 */
export function errorForLog(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error)) return { type: error === null ? 'null' : typeof error, message: NOT_LOGGED, stack: '' };
  const fields = error as Error & { code?: unknown; statusCode?: unknown; syscall?: unknown };
  const systemError = typeof fields.syscall === 'string';
  const line: LoggedError = {
    type: error.constructor?.name || error.name || 'Error',
    message: systemError ? error.message : NOT_LOGGED,
    stack: (error.stack ?? '')
      .split('\n')
      .filter((frame) => /^\s+at /.test(frame))
      .join('\n'),
  };
  if (typeof fields.code === 'string' || typeof fields.code === 'number') line.code = fields.code;
  if (typeof fields.statusCode === 'number') line.statusCode = fields.statusCode;
  if (systemError) line.syscall = fields.syscall;
  const fault = depth === 0 ? databaseFaultMessage(error) : undefined;
  if (fault !== undefined) line.databaseFault = fault;
  if (error.cause !== undefined && depth < 3) line.cause = errorForLog(error.cause, depth + 1);
  return line;
}

export type LoggedError = { type: string; message: string; stack: string; [field: string]: unknown };

const NOT_LOGGED = '[not logged: error messages may quote personal data]';
