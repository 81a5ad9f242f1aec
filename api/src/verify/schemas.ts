import { Type, type Static } from 'typebox';

const PartnerCode = Type.Optional(
  Type.String({ maxLength: 40, description: "The code from a partner's own verify link (/v?p=CODE): that partner's benefits come first, with its notes" }),
);

/** Exactly one of `token` or `cardNumber`, and optionally the partner's link code. */
export const VerifyBody = Type.Union(
  [
    Type.Object(
      { token: Type.String({ description: 'The signed card token (the part of the QR link after /v#)' }), partner: PartnerCode },
      { additionalProperties: false, title: 'By token' },
    ),
    Type.Object(
      { cardNumber: Type.String({ description: 'The printed card number, e.g. YC-7K3P-Q9MD-2HXWT' }), partner: PartnerCode },
      { additionalProperties: false, title: 'By card number' },
    ),
  ],
  { description: 'Send exactly one of `token` or `cardNumber`' },
);
export type VerifyBody = Static<typeof VerifyBody>;

const Issuer = Type.Object({ name: Type.String(), helpline: Type.String() });

export const Benefit = Type.Object({
  title: Type.String(),
  /** The partner offering it. */
  partner: Type.String(),
  description: Type.String(),
  conditions: Type.String(),
  /** Present only for the partner asking (by key or verify link): e.g. a school's agreed adjustments. */
  note: Type.Optional(Type.String()),
});
export type Benefit = Static<typeof Benefit>;

export const VerifyValid = Type.Object({
  result: Type.Literal('valid'),
  givenName: Type.String({ description: 'The name printed on the card' }),
  cardNumber: Type.String(),
  expiresOn: Type.String({ description: 'YYYY-MM-DD, the last day the card is valid' }),
  issuer: Issuer,
  benefits: Type.Array(Benefit),
});
export const VerifyExpired = Type.Object({
  result: Type.Literal('expired'),
  givenName: Type.String(),
  expiresOn: Type.String(),
  issuer: Issuer,
});
/** The same bytes whatever the cause: no reason is ever given. */
export const VerifyNotValid = Type.Object({ result: Type.Literal('not_valid'), issuer: Issuer });

export const VerifyResult = Type.Union([VerifyValid, VerifyExpired, VerifyNotValid]);
export type VerifyResult = Static<typeof VerifyResult>;
