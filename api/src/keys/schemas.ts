import { Type, type Static } from 'typebox';

export const SigningKeyView = Type.Object({
  kid: Type.String(),
  /** active: signs new cards; retired: still verifies the cards it signed; withdrawn: its cards are not valid */
  status: Type.Union([Type.Literal('active'), Type.Literal('retired'), Type.Literal('withdrawn')]),
  createdAt: Type.String({ format: 'date-time' }),
  retiredAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  withdrawnAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  /** Current cards (active or suspended, not expired) signed with this key */
  unexpiredCards: Type.Integer(),
});
export type SigningKeyView = Static<typeof SigningKeyView>;

export const SigningKeyList = Type.Object({ items: Type.Array(SigningKeyView) });
export type SigningKeyList = Static<typeof SigningKeyList>;

export const SigningKeyResponse = Type.Object({ key: SigningKeyView });
export type SigningKeyResponse = Static<typeof SigningKeyResponse>;

export const KidParams = Type.Object({ kid: Type.String({ minLength: 1, maxLength: 64 }) });
export type KidParams = Static<typeof KidParams>;
