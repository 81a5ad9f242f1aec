/**
 * The words of every message, as data: a subject, a plain-text body and an
 * HTML body per kind. A message to a young carer (or their parent) names
 * them by first name only, and says nothing about why they are a carer or
 * whom they care for: an email can be read over a shoulder or by a sibling.
 */

export type MessageText = { subject: string; text: string; html: string };

export type Sender = { organisationName: string; helpline: string };

const escape = (value: string) =>
  value.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

function helplineLine(sender: Sender): string {
  return sender.helpline ? `Questions? Call ${sender.organisationName} on ${sender.helpline}.` : `Questions? Contact ${sender.organisationName}.`;
}

/** Paragraphs to both bodies; `{link}` in a paragraph becomes a link in HTML. */
function compose(subject: string, paragraphs: string[], link?: string): MessageText {
  const text = paragraphs.join('\n\n') + '\n';
  const html = [
    '<!doctype html><html><body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#111">',
    ...paragraphs.map((p) => {
      const escaped = escape(p);
      return link ? `<p>${escaped.replace(escape(link), `<a href="${escape(link)}">${escape(link)}</a>`)}</p>` : `<p>${escaped}</p>`;
    }),
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

export function cardInvitationText(values: Sender & { firstName: string; link: string; code: string; validUntil: string }): MessageText {
  return compose(
    `${values.firstName}, your card from ${values.organisationName}`,
    [
      `Hello ${values.firstName},`,
      `Your card from ${values.organisationName} is ready to keep on your phone.`,
      `Open this link on your phone: ${values.link}`,
      `Or go to ${new URL(values.link).origin}/my and enter this code: ${values.code}`,
      `You will be asked for your date of birth. The link and code work once, on one phone, until ${values.validUntil}.`,
      'Once your card is open, you can add it to your home screen, and it will work without signal. You can also download it to print.',
      helplineLine(values),
    ],
    values.link,
  );
}

export function renewalReminderText(values: Sender & { firstName: string; expiresOn: string }): MessageText {
  return compose(`${values.firstName}, your card runs out on ${values.expiresOn}`, [
    `Hello ${values.firstName},`,
    `Your card from ${values.organisationName} runs out on ${values.expiresOn}.`,
    `To get a new one, get in touch with ${values.organisationName} and we will renew it for you.`,
    helplineLine(values),
  ]);
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
 * To whoever made a referral: the outcome in general words, with the
 * reference they were given. Never the child's name or anything about them,
 * nor staff's reason for a decline: the address was typed into a public form.
 */
export function referralOutcomeText(values: Sender & { reference: string; outcome: 'accepted' | 'declined' | 'withdrawn' }): MessageText {
  const words = {
    accepted: [`Thank you for your referral ${values.reference}. We have accepted it, and we will be in touch about the young carer card and support.`],
    declined: [
      `Thank you for your referral ${values.reference}. We have looked at it carefully, and we are not able to take it further at the moment.`,
      'If you would like to talk about it, or about other support that may help, please get in touch.',
    ],
    withdrawn: [`As you asked, we have withdrawn your referral ${values.reference}. If you would like to refer again later, you are very welcome to.`],
  }[values.outcome];
  return compose(`Your referral ${values.reference} to ${values.organisationName}`, ['Hello,', ...words, helplineLine(values)]);
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
