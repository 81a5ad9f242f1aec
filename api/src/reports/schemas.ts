import { Type, type Static } from 'typebox';

/** A count as published: exact from 5 up (and 0), "<5" for 1 to 4 (or hidden to protect one that is). */
export const ReportCount = Type.Union([Type.Integer({ minimum: 0 }), Type.Literal('<5'), Type.Literal('hidden')], {
  description: '"<5": between 1 and 4. "hidden": withheld so that a "<5" elsewhere in the table cannot be worked out (see suppressionRule).',
});
export type ReportCount = Static<typeof ReportCount>;

const Month = Type.String({ pattern: '^\\d{4}-\\d{2}$', description: 'YYYY-MM (UTC)' });

export const ReportQuery = Type.Object(
  { months: Type.Optional(Type.Integer({ minimum: 1, maximum: 36, default: 12, description: 'How many months, this one included' })) },
  { additionalProperties: false },
);
export type ReportQuery = Static<typeof ReportQuery>;

export const DashboardReport = Type.Object({
  generatedAt: Type.String({ format: 'date-time' }),
  organisation: Type.String(),
  months: Type.Array(Month, { description: 'Oldest first' }),
  cards: Type.Array(
    Type.Object({
      month: Month,
      active: ReportCount,
      issued: ReportCount,
      renewed: ReportCount,
      expiring: ReportCount,
      ended: ReportCount,
    }),
  ),
  ageBands: Type.Array(Type.Object({ band: Type.String(), count: ReportCount })),
  areas: Type.Array(Type.Object({ area: Type.String(), count: ReportCount })),
  verifyChecks: Type.Array(Type.Object({ partner: Type.String(), months: Type.Array(ReportCount, { description: 'One a month, as `months`' }) })),
  referrals: Type.Array(
    Type.Object({ month: Month, received: ReportCount, accepted: ReportCount, declined: ReportCount, withdrawn: ReportCount }),
  ),
  definitions: Type.Array(Type.Object({ term: Type.String(), meaning: Type.String() })),
  suppressionRule: Type.String(),
});
export type DashboardReport = Static<typeof DashboardReport>;
