import type { ReactNode } from 'react';
import { Link } from '../../../lib/router.tsx';
import type { MyData } from '../../../../../../api/src/my-card/schemas.ts';
import { Alert } from '../../../../components/ui/alert.tsx';
import { useTranslation, type Translate } from '../../../../i18n/use-translation.ts';
import { paths } from '../../../config/paths.ts';
import { formatCalendarDay, formatMoment, formatOr } from '../../../../i18n/dates.ts';
import { ApiRefused } from '../../../lib/public-api.ts';
import { useMyData } from '../api/my-data-api.ts';
import { withStrong } from './emphasis.tsx';
import { MyDataRequests } from './my-data-requests.tsx';

/** The words for a code the API sends (`myData.cardStatus.active`), or the code itself when a newer API sends one this page does not know. */
function wordFor(t: Translate, group: string, code: string, unknown: string = code): string {
  const key = `myData.${group}.${code}`;
  const text = t(key);
  return text === key ? unknown : text;
}

/** One thing we keep: what it is, what it says, and who can see it. */
function Item({ label, value, who }: { label: string; value: ReactNode; who: string }) {
  const { t } = useTranslation();
  return (
    <div className="kept-item">
      <dt>{label}</dt>
      <dd>
        <span className="kept-item__value">{value ?? <span className="kept-item__none">{t('myData.nothingKept')}</span>}</span>
        <span className="kept-item__who">{withStrong(t, 'myData.whoCanSee', 'label', t('myData.whoCanSeeLabel'), { who })}</span>
      </dd>
    </div>
  );
}

function Section({ id, title, intro, children }: { id: string; title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section className="panel kept-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {intro ? <p>{intro}</p> : null}
      {children}
    </section>
  );
}

/**
 * /my/data, "What we keep about me" (Children's Code standard 15): every
 * thing the service holds about the young carer, in plain words, with who
 * can see each, then a way to ask for a fix or for the record to be deleted.
 */
export function MyDataPage() {
  const { t } = useTranslation();
  const query = useMyData();
  if (query.isPending) return <p role="status">{t('myData.loading')}</p>;
  if (query.isError) {
    if (query.error instanceof ApiRefused && query.error.status === 401) {
      return (
        <Alert tone="info" title={t('myData.signInTitle')}>
          <p>
            {t('myData.signInBefore')}
            <Link to={paths.myCard.getHref()}>{t('myData.signInLink')}</Link>
            {t('myData.signInAfter')}
          </p>
        </Alert>
      );
    }
    return (
      <Alert tone="error" title={t('myData.failedTitle')}>
        <p>{t('myData.failedText')}</p>
        <button type="button" className="button" onClick={() => void query.refetch()}>
          {t('myData.tryAgain')}
        </button>
      </Alert>
    );
  }
  return <MyDataView data={query.data} />;
}

function MyDataView({ data }: { data: MyData }) {
  const { t } = useTranslation();
  const org = data.issuer.name;
  const when = (iso: string | null) => (iso ? formatMoment(new Date(iso)) : null);
  const staffOnly = t('myData.who.staffOnly', { org });
  const staffOnlyAnd = (key: string) => `${staffOnly} ${t(key)}`;
  const shop = t('myData.who.shop');
  const { about } = data;
  const cardName = about.preferredName ?? about.givenName;
  return (
    <div className="my-data">
      <p className="page-lead">
        {withStrong(t, 'myData.lead', 'everything', t('myData.leadStrong', { org }))} <a href="#ask">{t('myData.jump')}</a>
        {t('myData.jumpEnd')}
      </p>

      <Section id="about-title" title={t('myData.about.title')}>
        <dl className="kept-list">
          <Item label={t('myData.about.givenName')} value={about.givenName} who={about.preferredName ? staffOnly : t('myData.who.staffAndShops', { org })} />
          <Item label={t('myData.about.familyName')} value={about.familyName} who={staffOnly} />
          <Item
            label={t('myData.about.cardName')}
            value={about.preferredName ?? t('myData.about.cardNameNotSet', { givenName: about.givenName })}
            who={t('myData.who.cardName', { org })}
          />
          <Item label={t('myData.about.dateOfBirth')} value={formatCalendarDay(about.dateOfBirth)} who={staffOnlyAnd('myData.who.dateOfBirth')} />
          <Item label={t('myData.about.email')} value={about.contactEmail} who={staffOnlyAnd('myData.who.email')} />
          <Item label={t('myData.about.phone')} value={about.contactPhone} who={staffOnlyAnd('myData.who.phone')} />
          <Item
            label={t('myData.about.photo')}
            value={about.photoUrl ? <img className="kept-item__photo" src={about.photoUrl} alt={t('myData.about.photoAlt')} width={72} height={96} /> : null}
            who={t('myData.who.photo', { org })}
          />
          <Item label={t('myData.about.reference')} value={about.reference} who={staffOnly} />
          <Item label={t('myData.about.notes')} value={about.notes ? <span className="kept-item__note">{about.notes}</span> : null} who={staffOnly} />
          <Item
            label={t('myData.about.consent')}
            value={t('myData.about.consentValue', {
              by: wordFor(t, 'consentBy', about.consentBy),
              how: wordFor(t, 'consentHow', about.consentMethod),
              day: formatCalendarDay(about.consentAt.slice(0, 10)),
            })}
            who={staffOnly}
          />
          <Item label={t('myData.about.created')} value={when(about.createdAt)} who={staffOnly} />
          <Item label={t('myData.about.updated')} value={when(about.updatedAt)} who={staffOnly} />
          <Item label={t('myData.about.caringNote')} value={data.caringNoteKept ? t('myData.about.caringNoteKept') : t('myData.about.caringNoteNone')} who={staffOnly} />
        </dl>
      </Section>

      <Section id="shops-title" title={t('myData.shops.title')}>
        {data.shopsSee ? (
          <>
            <dl className="kept-list">
              <Item label={t('myData.shops.cardIs')} value={data.shopsSee.result === 'valid' ? t('myData.shops.working') : t('myData.shops.runOut')} who={shop} />
              <Item label={t('myData.shops.name')} value={data.shopsSee.name} who={shop} />
              {data.shopsSee.cardNumber ? <Item label={t('myData.shops.cardNumber')} value={<bdi dir="ltr">{data.shopsSee.cardNumber}</bdi>} who={shop} /> : null}
              <Item label={t('myData.shops.validUntil')} value={formatCalendarDay(data.shopsSee.expiresOn)} who={shop} />
            </dl>
            <p>{t('myData.shops.alsoSee', { org, valid: data.shopsSee.result === 'valid' ? 'yes' : 'no' })}</p>
          </>
        ) : (
          <p>{t('myData.shops.notValid', { org })}</p>
        )}
      </Section>

      <Section id="cards-title" title={t('myData.cards.title')} intro={t('myData.cards.intro', { org })}>
        {data.cards.length === 0 ? (
          <p>{t('myData.cards.none')}</p>
        ) : (
          <ul className="kept-rows">
            {data.cards.map((card) => (
              <li key={card.number}>
                <strong>
                  <bdi dir="ltr">{card.number}</bdi>
                </strong>
                {t('myData.cards.row', {
                  current: card.current ? 'yes' : 'no',
                  status: wordFor(t, 'cardStatus', card.status),
                  reason: card.statusReason ? wordFor(t, 'reason', card.statusReason, t('myData.reason.other')) : '',
                  hasReason: card.statusReason ? 'yes' : 'no',
                  made: when(card.issuedAt),
                  until: formatCalendarDay(card.expiresOn),
                })}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="devices-title" title={t('myData.devices.title')} intro={t('myData.devices.intro', { org })}>
        <ul className="kept-rows">
          {data.devices.map((device) => (
            <li key={device.createdAt}>
              {device.thisPhone ? <strong>{t('myData.devices.thisPhone')}</strong> : null}
              {t('myData.devices.row', { opened: when(device.createdAt), lastUsed: when(device.lastSeenAt), open: device.active ? 'yes' : 'no' })}
            </li>
          ))}
        </ul>
      </Section>

      <Section id="links-title" title={t('myData.links.title')} intro={t('myData.links.intro', { org })}>
        {data.invitations.length === 0 ? (
          <p>{t('myData.none')}</p>
        ) : (
          <ul className="kept-rows">
            {data.invitations.map((invitation) => (
              <li key={invitation.createdAt}>
                {t('myData.links.row', {
                  channel: invitation.channel === 'email' ? 'email' : 'print',
                  at: when(invitation.createdAt),
                  status: wordFor(t, 'invitation', invitation.status),
                  uses: invitation.uses,
                })}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="messages-title" title={t('myData.messages.title')} intro={t('myData.who.staffIntro', { org })}>
        {data.messages.length === 0 ? (
          <p>{t('myData.none')}</p>
        ) : (
          <ul className="kept-rows">
            {data.messages.map((message) => (
              <li key={message.createdAt + message.subject}>
                {t('myData.messages.row', {
                  kind: wordFor(t, 'messageKind', message.kind),
                  at: when(message.createdAt),
                  printed: message.to ? 'no' : 'yes',
                  to: message.to ?? '',
                  subject: message.subject,
                })}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="requests-title" title={t('myData.requests.title')} intro={t('myData.who.staffIntroIt', { org })}>
        {data.requests.length === 0 ? (
          <p>{t('myData.requests.none')}</p>
        ) : (
          <ul className="kept-rows">
            {data.requests.map((request) => (
              <li key={request.id}>
                <strong>{wordFor(t, 'requestKind', request.kind)}</strong>
                {t('myData.requests.row', { at: when(request.createdAt), status: wordFor(t, 'requestStatus', request.status) })}
                {request.text ? <span className="kept-item__note">“{request.text}”</span> : null}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="take-part-title" title={t('myData.takePart.title')} intro={t('myData.takePart.intro', { org })}>
        {data.takePart ? (
          <p data-testid="take-part-kept">
            {t('myData.takePart.kept', {
              source: data.takePart.source === 'staff' ? 'staff' : 'page',
              at: when(data.takePart.createdAt),
              how: formatOr(data.takePart.contactBy.map((method) => wordFor(t, 'contact', method))),
            })}{' '}
            {data.takePart.followedUpAt ? t('myData.takePart.followedUp', { at: when(data.takePart.followedUpAt) }) : t('myData.takePart.notFollowedUp')}
          </p>
        ) : (
          <p>{t('myData.takePart.none')}</p>
        )}
      </Section>

      <Section id="log-title" title={t('myData.log.title')}>
        <p>{t('myData.log.text', { count: data.historyEntries, org })}</p>
      </Section>

      <MyDataRequests organisation={org} helpline={data.issuer.helpline} cardName={cardName} />
    </div>
  );
}
