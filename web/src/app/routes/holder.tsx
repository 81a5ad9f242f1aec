import { lazy, Suspense, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { FlashNotice } from '../../components/ui/flash-notice.tsx';
import { Loading } from '../../components/ui/loading.tsx';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { RecordHistory } from '../../features/audit/components/record-history.tsx';
import { useBranding } from '../../features/branding/api/get-branding.ts';
import { cardEventNote } from '../../features/cards/components/card-event-note.ts';
import { HelplineMissing } from '../../features/branding/components/helpline-missing.tsx';
import { useReminderSettings } from '../../features/renewals/api/get-reminder-settings.ts';
import { HolderCards } from '../../features/cards/components/holder-cards.tsx';
import { IssueCard } from '../../features/cards/components/issue-card.tsx';
import { HolderTakePart } from '../../features/consultations/components/holder-take-part.tsx';
import { HolderDataRequests } from '../../features/data-requests/components/holder-data-requests.tsx';
import { ReportedLostNotice } from '../../features/cards/components/reported-lost-notice.tsx';
import { useHolder } from '../../features/holders/api/get-holder.ts';
import { HolderDetails } from '../../features/holders/components/holder-details.tsx';
import { HolderExport } from '../../features/holders/components/holder-export.tsx';
import { holderEventNote } from '../../features/holders/components/holder-event-note.ts';
import { HolderPhoto } from '../../features/holders/components/holder-photo.tsx';
import { invitationEventNote } from '../../features/invitations/components/invitation-event-note.ts';
import { EraseHolder } from '../../features/retention/components/erase-holder.tsx';
import { useTemplates } from '../../features/templates/api/get-templates.ts';
import { useTranslation } from '../../i18n/use-translation.ts';
import { ApiError, errorMessage } from '../../lib/api-client.ts';
import { fullName, preferredNameNote } from '../../lib/format-name.ts';
import { isAdmin, useCurrentUser } from '../../lib/session.ts';

/** Sending the card to their phone, and the invitations and phones: a chunk of its own, fetched with the first record opened. */
const HolderOwnCard = lazy(() => import('../../features/invitations/components/holder-own-card.tsx'));

/**
 * One young carer: details, photo, cards, their card on their phone
 * (invitations and phones signed in), taking part in co-production and
 * history. Composes the holders, cards, invitations, consultations,
 * templates, branding and audit features.
 */
export function HolderRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const holder = useHolder(id);
  const templates = useTemplates().data?.items;
  const branding = useBranding().data;
  const emailEnabled = useReminderSettings().data?.emailEnabled;
  const admin = isAdmin(useCurrentUser());
  const [notice, setNotice] = useState<{ holderId: string; text: string } | null>(null);

  if (holder.isPending) {
    return (
      <Page title={t('holders.record.title')}>
        <Loading label={t('holders.record.loading')} />
      </Page>
    );
  }
  if (holder.isError) {
    const erased = holder.error instanceof ApiError && holder.error.code === 'HOLDER_ERASED';
    const notFound = erased || (holder.error instanceof ApiError && holder.error.status === 404);
    return (
      <Page title={erased ? t('holders.record.erased') : notFound ? t('holders.record.notFound') : t('holders.record.title')}>
        <Alert tone="error" title={notFound ? undefined : t('holders.record.loadFailed')}>
          <p>{erased ? errorMessage(holder.error) : notFound ? t('holders.record.notFoundText') : errorMessage(holder.error)}</p>
          {notFound ? null : (
            <button type="button" className="button button--secondary" onClick={() => void holder.refetch()}>
              {t('holders.list.tryAgain')}
            </button>
          )}
        </Alert>
        <p>
          <Link to={paths.holders.list.getHref()}>{t('holders.record.back')}</Link>
        </p>
      </Page>
    );
  }

  const data = holder.data;
  const preferred = preferredNameNote(data);
  const firstName = data.preferredName ?? data.givenName;
  const current = data.cards.find((card) => card.status === 'active' || card.status === 'suspended');
  return (
    <Page
      title={fullName(data)}
      lead={
        <>
          {preferred ? <p>{preferred}</p> : null}
          <p className="audit-note">{t('holders.record.logged')}</p>
        </>
      }
    >
      {notice?.holderId === data.id ? <Alert tone="success">{notice.text}</Alert> : <FlashNotice />}
      {current ? (
        <ReportedLostNotice card={current} holderName={firstName} onDone={(text) => setNotice({ holderId: data.id, text })} />
      ) : null}
      <div className="holder-layout">
        <HolderPhoto holder={data} />
        <HolderDetails holder={data} />
      </div>
      <section className="page-section" aria-labelledby="cards-title">
        <h2 id="cards-title" className="section-title">
          {t('holders.record.cards')}
        </h2>
        <HelplineMissing doing="issuing" />
        <IssueCard holderId={data.id} cards={data.cards} templates={templates} newCard={data.newCard} />
        <HolderCards cards={data.cards} />
      </section>
      <section className="page-section" aria-labelledby="own-card-title">
        <h2 id="own-card-title" className="section-title">
          {t('holders.record.ownCard')}
        </h2>
        <p className="section-lead">
          {t('holders.record.ownCardLead', { name: firstName })}
        </p>
        <HelplineMissing doing="sending" />
        <Suspense fallback={<Loading />}>
          <HolderOwnCard
            holderId={data.id}
            firstName={firstName}
            contactEmail={data.contactEmail}
            language={data.language}
            currentCard={current}
            organisation={branding ? { name: branding.organisationName, helpline: branding.helpline } : undefined}
            emailEnabled={emailEnabled}
          />
        </Suspense>
      </section>
      <section className="page-section" aria-labelledby="requests-title">
        <h2 id="requests-title" className="section-title">
          {t('holders.record.requests')}
        </h2>
        <p className="section-lead">{t('holders.record.requestsLead', { name: firstName })}</p>
        <HolderDataRequests holderId={data.id} />
      </section>
      <section className="page-section" aria-labelledby="take-part-title">
        <h2 id="take-part-title" className="section-title">
          {t('holders.record.takePart')}
        </h2>
        <HolderTakePart holderId={data.id} firstName={firstName} />
      </section>
      <section className="page-section" aria-labelledby="history-title">
        <h2 id="history-title" className="section-title">
          {t('holders.record.history')}
        </h2>
        <p className="section-lead">{t('holders.record.historyLead')}</p>
        <RecordHistory
          entityType="holder"
          entityId={data.id}
          refreshKey={holder.dataUpdatedAt}
          showLogLink={admin}
          caption={t('holders.record.historyCaption', { name: fullName(data) })}
          describe={(event) => cardEventNote(event) ?? invitationEventNote(event) ?? holderEventNote(event)}
        />
      </section>
      {admin ? <EraseHolder holderId={data.id} name={fullName(data)} /> : null}
      {admin ? (
        <section className="page-section" aria-labelledby="export-title">
          <h2 id="export-title" className="section-title">
            {t('holders.record.export')}
          </h2>
          <HolderExport holderId={data.id} />
        </section>
      ) : null}
    </Page>
  );
}
