import { IntlMessageFormat } from 'intl-messageformat';
import { createElement, Fragment, useEffect, useState, type ReactNode } from 'react';
import type { Catalogue, Message } from '../../../i18n/start-i18n.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { useQrCode } from '../../../hooks/use-qr-code.ts';
import { formatCalendarDate } from '../../../lib/format-date.ts';
import english from '../../../locales/en.json';

export type SlipOrganisation = { name: string; helpline: string };

/** The staff app's languages a slip can be worded in; any other language of the young carer's gets English. */
type SlipLanguage = { locale: string; load: () => Promise<Catalogue> };
const ENGLISH_SLIP: SlipLanguage = { locale: 'en-GB', load: () => Promise.resolve(english) };
const SLIP_LANGUAGES: Record<string, SlipLanguage> = {
  en: ENGLISH_SLIP,
  cy: { locale: 'cy-GB', load: () => import('../../../locales/cy.json').then((module) => module.default) },
};

type SlipText = (key: string, values?: Record<string, string | ((parts: ReactNode[]) => ReactNode)>) => ReactNode;

const strong = (parts: ReactNode[]) => createElement('strong', null, ...parts);

/**
 * The slip's words (`invitations.slip.*`) in the young carer's language, not
 * the page's: a Welsh-speaking young carer gets a Welsh slip from an English
 * page. The page's own words while the other catalogue loads.
 */
function useSlipText(language: string | undefined): { text: SlipText; plain: (key: string) => string } {
  const { t, rich } = useTranslation();
  const wanted = SLIP_LANGUAGES[language ?? ''] ?? ENGLISH_SLIP;
  const [loaded, setLoaded] = useState<{ for: typeof wanted; slip: Catalogue } | null>(null);
  useEffect(() => {
    let current = true;
    void wanted.load().then((catalogue) => {
      const invitations = catalogue.invitations as Catalogue | undefined;
      if (current && invitations && typeof invitations.slip === 'object') setLoaded({ for: wanted, slip: invitations.slip as Catalogue });
    });
    return () => {
      current = false;
    };
  }, [wanted]);
  const slip = loaded && loaded.for === wanted ? loaded.slip : null;
  // A built catalogue holds each message compiled (a plain string only when it has no arguments or tags); in development, as written.
  const messageOf = (key: string): Message | null => {
    const message = slip?.[key];
    return typeof message === 'string' || Array.isArray(message) ? message : null;
  };
  return {
    text: (key, values) => {
      const message = messageOf(key);
      if (message === null) return rich(`invitations.slip.${key}`, { strong, ...values });
      if (typeof message === 'string' && !/[{<]/.test(message)) return message;
      const result = new IntlMessageFormat(message, wanted.locale).format<ReactNode>({ strong, ...values });
      return Array.isArray(result) ? createElement(Fragment, null, ...result.map((part, index) => createElement(Fragment, { key: index }, part))) : result;
    },
    plain: (key) => {
      const message = messageOf(key);
      if (message === null) return t(`invitations.slip.${key}`);
      return typeof message === 'string' && !/[{<]/.test(message) ? message : String(new IntlMessageFormat(message, wanted.locale).format());
    },
  };
}

/**
 * The printed slip staff hand to a young carer: their first name, the link
 * (and its QR code), the code, what they will be asked, the last day and the
 * charity's helpline. Never the family name or the date of birth: a slip can
 * be dropped, or read by someone else.
 *
 * It is the page's `print-area`: printing the page prints the slip alone.
 * Its words are in the young carer's `language` where the staff app has it (English and Welsh).
 */
export function InvitationSlip({
  firstName,
  link,
  code,
  expiresAt,
  organisation,
  language,
}: {
  firstName: string;
  link: string;
  code: string;
  expiresAt: string;
  organisation: SlipOrganisation | undefined;
  language?: string;
}) {
  const { text, plain } = useSlipText(language);
  const qr = useQrCode(link);
  const origin = new URL(link).origin;
  // The same day the email and the message text give (the UTC day of the moment it runs out).
  const lastDay = formatCalendarDate(expiresAt.slice(0, 10));
  return (
    <article className="slip print-area" aria-label={plain('label')}>
      <p className="slip__from">{organisation?.name ?? text('from')}</p>
      <h3 className="slip__title">{text('title', { firstName })}</h3>
      <div className="slip__body">
        <div className="slip__steps">
          <p>{text('scan')}</p>
          <p className="slip__link">{link}</p>
          <p>{text('orGo', { address: `${origin}/my`, link: (parts) => <span className="slip__link">{parts}</span> })}</p>
          <p className="slip__code">{code}</p>
          <p>{text('dateOfBirth', { lastDay })}</p>
        </div>
        {qr ? <img className="slip__qr" src={qr} alt={plain('qrAlt')} width={160} height={160} /> : null}
      </div>
      <p className="slip__help">
        {organisation?.helpline
          ? text('call', { organisation: organisation.name, helpline: organisation.helpline })
          : organisation?.name
            ? text('ask', { organisation: organisation.name })
            : text('askStaff')}
      </p>
    </article>
  );
}
