import { Type, type Static, type TSchema } from 'typebox';
import { ErrorCode } from './errors.ts';

/** Every stable error code, as a schema: clients branch on these, and the web app's checks are typed by it. */
export const ErrorCodeSchema = Type.Enum(Object.values(ErrorCode), { description: 'Stable, machine-readable code' });

/** The body of every error response. */
export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: ErrorCodeSchema,
      message: Type.String({ description: 'Human-readable explanation' }),
      field: Type.Optional(Type.String({ description: 'The request field at fault, when there is one' })),
    }),
  },
  { $id: 'ErrorBody' },
);
export type ErrorBody = Static<typeof ErrorBody>;

export const errorResponses = {
  400: Type.Ref('ErrorBody'),
  401: Type.Ref('ErrorBody'),
  403: Type.Ref('ErrorBody'),
  404: Type.Ref('ErrorBody'),
  409: Type.Ref('ErrorBody'),
  429: Type.Ref('ErrorBody'),
};

/** No NUL: PostgreSQL refuses it in text (a 500 from the driver), so `/%00` is a 400 here instead. */
export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64, pattern: '^[^\\u0000]+$' }) });
export type IdParams = Static<typeof IdParams>;

/**
 * Which page of a list to show. Bounded, like every number a request may carry:
 * an unbounded one reaches the database as an offset it cannot hold (a 500).
 * No list here has a millionth page.
 */
export const PageNumber = Type.Integer({ minimum: 1, maximum: 1_000_000, default: 1 });

/** The largest id or cursor an Int column holds (PostgreSQL's integer). */
export const MAX_INT_ID = 2_147_483_647;

/** One page of a list: the items, how many there are in all, and where this page is. */
export const PageOf = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() });
