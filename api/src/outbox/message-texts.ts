/**
 * The words of every message, as data: a subject, a plain-text body and an
 * HTML body per kind. A message to a young carer (or their parent) names
 * them by first name only, and says nothing about why they are a carer or
 * whom they care for: an email can be read over a shoulder or by a sibling.
 *
 * Messages to young carers, families and referrers are in their language
 * (the API catalogues, api/src/locales): the HTML then says its `lang` and
 * `dir`, and dates are written the language's way. English is exactly as it
 * always was. Messages to staff and partners stay in English.
 */
import { LOCALES, textDirection, translator } from '../locales/translate.ts';
import { DEFAULT_LANGUAGE, type MessageLanguage } from '../shared/languages.ts';
import { printedDate } from '../templates/fields.ts';

export type MessageText = { subject: string; text: string; html: string };

export type Sender = { organisationName: string; helpline: string };

const escape = (value: string) =>
  value.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/**
 * In right-to-left text a phone number is isolated as left to right (U+2066 …
 * U+2069): otherwise the bidirectional algorithm shows "0800 111 2222" as
 * "2222 111 0800".
 */
function helplineLine(sender: Sender, language: MessageLanguage = DEFAULT_LANGUAGE): string {
  const t = translator(language);
  const { organisationName } = sender;
  const helpline = textDirection(language) === 'rtl' ? `\u2066${sender.helpline}\u2069` : sender.helpline;
  return sender.helpline ? t('messages.helpline', { organisationName, helpline }) : t('messages.helplineNoPhone', { organisationName });
}

const LONG_DATES = new Map<MessageLanguage, Intl.DateTimeFormat>();

/** "2027-11-30" as a message writes it: English as printed on the card ("30 Nov 2027"), other languages with the month in full ("30 Tachwedd 2027"). */
export function messageDate(language: MessageLanguage, isoDate: string): string {
  if (language === 'en') return printedDate(isoDate);
  let format = LONG_DATES.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    LONG_DATES.set(language, format);
  }
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return format.format(new Date(Date.UTC(year, month - 1, day)));
}

/** The `lang` of a message's HTML body: what compose wrote, English when it wrote none (English, and messages from before languages). */
export function messageLanguageOf(html: string | null): string {
  return /^<!doctype html><html lang="([a-z]{2,3})"/.exec(html ?? '')?.[1] ?? DEFAULT_LANGUAGE;
}

/**
 * Paragraphs to both bodies; `{link}` in a paragraph becomes a link in HTML.
 * English HTML is as it always was; another language's says its `lang` and
 * `dir`, and in right-to-left text a link stays left to right.
 */
function compose(subject: string, paragraphs: string[], link?: string, language: MessageLanguage = DEFAULT_LANGUAGE): MessageText {
  const text = paragraphs.join('\n\n') + '\n';
  const dir = textDirection(language);
  const htmlTag = language === DEFAULT_LANGUAGE ? '<html>' : `<html lang="${language}" dir="${dir}">`;
  const anchorDir = dir === 'rtl' ? ' dir="ltr"' : '';
  const html = [
    `<!doctype html>${htmlTag}<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#111">`,
    ...paragraphs.map((p) => {
      const escaped = escape(p);
      return link ? `<p>${escaped.replace(escape(link), `<a href="${escape(link)}"${anchorDir}>${escape(link)}</a>`)}</p>` : `<p>${escaped}</p>`;
    }),
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

/** `validUntil`: the last day the link and code work, YYYY-MM-DD. */
export function cardInvitationText(
  values: Sender & { language: MessageLanguage; firstName: string; link: string; code: string; validUntil: string },
): MessageText {
  const { language, firstName, organisationName, link, code } = values;
  const t = translator(language);
  return compose(
    t('messages.cardInvitation.subject', { firstName, organisationName }),
    [
      t('messages.helloName', { firstName }),
      t('messages.cardInvitation.ready', { organisationName }),
      t('messages.cardInvitation.openLink', { link }),
      t('messages.cardInvitation.orCode', { myPage: `${new URL(link).origin}/my`, code }),
      t('messages.cardInvitation.dateOfBirth', { validUntil: messageDate(language, values.validUntil) }),
      t('messages.cardInvitation.homeScreen'),
      helplineLine(values, language),
    ],
    link,
    language,
  );
}

/** `expiresOn`: the card's last valid day, YYYY-MM-DD. */
export function renewalReminderText(values: Sender & { language: MessageLanguage; firstName: string; expiresOn: string }): MessageText {
  const { language, firstName, organisationName } = values;
  const t = translator(language);
  const expiresOn = messageDate(language, values.expiresOn);
  return compose(
    t('messages.renewalReminder.subject', { firstName, expiresOn }),
    [
      t('messages.helloName', { firstName }),
      t('messages.renewalReminder.runsOut', { organisationName, expiresOn }),
      t('messages.renewalReminder.renew', { organisationName }),
      helplineLine(values, language),
    ],
    undefined,
    language,
  );
}

/** To the staff member who sent an invitation: no name at all, only where to look. */
export function invitationLockedText(values: { organisationName: string; holderLink: string; attempts: number }): MessageText {
  return compose(
    'A card invitation was locked after wrong dates of birth',
    [
      `Someone entered a wrong date of birth ${values.attempts} times for a card invitation you sent, so it is now locked.`,
      `It may be the young carer mistyping, or someone else trying. Please check with them and send a new invitation if needed: ${values.holderLink}`,
      `${values.organisationName} young carer cards`,
    ],
    values.holderLink,
  );
}

/**
 * To whoever made a referral, in the referral's language: the outcome in
 * general words, with the reference they were given. Never the child's name
 * or anything about them, nor staff's reason for a decline: the address was
 * typed into a public form.
 */
export function referralOutcomeText(
  values: Sender & { language: MessageLanguage; reference: string; outcome: 'accepted' | 'declined' | 'withdrawn' },
): MessageText {
  const { language, reference, organisationName } = values;
  const t = translator(language);
  const words = {
    accepted: [t('messages.referralOutcome.accepted', { reference })],
    declined: [t('messages.referralOutcome.declined', { reference }), t('messages.referralOutcome.declinedTalk')],
    withdrawn: [t('messages.referralOutcome.withdrawn', { reference })],
  }[values.outcome];
  return compose(t('messages.referralOutcome.subject', { reference, organisationName }), [t('messages.hello'), ...words, helplineLine(values, language)], undefined, language);
}

/** To a partner's contact: how to set the shop's phone up. Nothing about any young carer. */
export function partnerLinkText(values: Sender & { shopName: string; link: string }): MessageText {
  return compose(
    `Setting up ${values.shopName} to check young carer cards`,
    [
      'Hello,',
      `Thank you for supporting young carers. This link sets up your shop's phone to check the ID cards ${values.organisationName} gives them.`,
      `Open this link once on the phone your shop will use: ${values.link}`,
      `It should say "Set up for ${values.shopName}". After that, scan the QR code on a young carer's card with the same phone: VALID means the card is genuine and current, and the page lists your benefits; NOT VALID means do not give the benefit.`,
      'The link is not a password: whoever opens it sees only what a scan shows.',
      helplineLine(values),
    ],
    values.link,
  );
}
