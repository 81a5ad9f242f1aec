import { Link } from 'react-router';
import type { AuditRecordRef, DescribedAuditEvent } from '../../../../../api/src/audit/schemas.ts';
import { paths } from '../../../config/paths.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { nameOf, sentenceParts } from './audit-words.ts';

/** The page a record opens on, when there is one. */
export function recordHref(link: NonNullable<AuditRecordRef['link']>): string | undefined {
  switch (link.type) {
    case 'holder':
      return paths.holders.detail.getHref(link.id);
    case 'card':
      return paths.cards.detail.getHref(link.id);
    case 'partner':
      return paths.partners.detail.getHref(link.id);
    case 'referral':
      return paths.referrals.detail.getHref(link.id);
    case 'outbox':
      return paths.outbox.detail.getHref(link.id);
    case 'import':
      return paths.imports.detail.getHref(link.id);
    case 'staff':
      return paths.staff.getHref();
    case 'signing_key':
      return paths.signingKeys.getHref();
    case 'branding':
      return paths.branding.getHref();
    default:
      return undefined;
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * "Sam Carter downloaded the card PDF of card YC-… (Maya Okafor)", in the
 * page's language, with the record as a link to its page. `linkRecords: false`
 * where the record is the page itself (a History panel).
 */
export function AuditSentence({ event, linkRecords = true }: { event: DescribedAuditEvent; linkRecords?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {sentenceParts(event.action).map((part, index) => {
        const first = index === 0;
        if (part.kind === 'actor') {
          const name = nameOf(event.actor);
          const shown = first ? capitalise(name) : name;
          return event.actor.kind === 'staff' ? <strong key={index}>{shown}</strong> : <span key={index}>{shown}</span>;
        }
        if (part.kind === 'subject') {
          const subject = event.subject;
          const name = subject ? nameOf(subject) : t('audit.names.record');
          const href = linkRecords && subject?.link ? recordHref(subject.link) : undefined;
          return href ? (
            <Link key={index} to={href}>
              {first ? capitalise(name) : name}
            </Link>
          ) : (
            <span key={index}>{first ? capitalise(name) : name}</span>
          );
        }
        return <span key={index}>{first ? capitalise(part.text) : part.text}</span>;
      })}
    </>
  );
}
