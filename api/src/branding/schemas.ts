import { Type, type Static } from 'typebox';

/** The charity's branding, printed on every card and named in verify answers. */
export const Branding = Type.Object({
  organisationName: Type.String(),
  helpline: Type.String(),
  /** One line for "if found, please return to ...". */
  returnAddress: Type.String(),
  /** `#rrggbb` */
  primaryColour: Type.String(),
  /** What the card calls its holder, e.g. "Young Carer" or "Young Adult Carer". */
  youngCarerWording: Type.String(),
  /** The short benefits line printed on the card. */
  benefitsLine: Type.String(),
  /** `image/png` or `image/svg+xml` when a logo is uploaded. */
  logoType: Type.Union([Type.Enum(['image/png', 'image/svg+xml']), Type.Null()]),
  /** Welsh versions for Welsh and bilingual cards ('' prints the English). */
  organisationNameCy: Type.String(),
  returnAddressCy: Type.String(),
  /** Default "Gofalwr Ifanc". */
  youngCarerWordingCy: Type.String(),
  benefitsLineCy: Type.String(),
  /** How a bilingual card sets out Welsh and English: Welsh first, or side by side. */
  bilingualLayout: Type.Enum(['welsh_first', 'side_by_side']),
  updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type Branding = Static<typeof Branding>;

export const BrandingResponse = Type.Object({ branding: Branding });
export type BrandingResponse = Static<typeof BrandingResponse>;

const OneLine = (maxLength: number, minLength = 0) => Type.String({ minLength, maxLength });

/** PUT /api/settings/branding: any of the text settings (the logo has its own endpoint). */
export const UpdateBrandingBody = Type.Object(
  {
    organisationName: Type.Optional(OneLine(100, 1)),
    helpline: Type.Optional(OneLine(40)),
    returnAddress: Type.Optional(OneLine(120)),
    primaryColour: Type.Optional(Type.String({ pattern: '^#[0-9a-fA-F]{6}$' })),
    youngCarerWording: Type.Optional(OneLine(40, 1)),
    benefitsLine: Type.Optional(OneLine(80)),
    organisationNameCy: Type.Optional(OneLine(100)),
    returnAddressCy: Type.Optional(OneLine(120)),
    youngCarerWordingCy: Type.Optional(OneLine(40, 1)),
    benefitsLineCy: Type.Optional(OneLine(80)),
    bilingualLayout: Type.Optional(Type.Enum(['welsh_first', 'side_by_side'])),
  },
  { additionalProperties: false },
);
export type UpdateBrandingBody = Static<typeof UpdateBrandingBody>;

/** Public: who runs the service, for the public pages' header (what a verify answer's issuer already says). */
export const PublicOrganisation = Type.Object({ name: Type.String(), helpline: Type.String() });
export type PublicOrganisation = Static<typeof PublicOrganisation>;
