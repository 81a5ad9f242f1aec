import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { FlashNotice } from '../../components/ui/flash-notice.tsx';
import { Loading } from '../../components/ui/loading.tsx';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { HistorySection } from '../../features/audit/components/record-history.tsx';
import { useCard } from '../../features/cards/api/get-card.ts';
import { CardActions } from '../../features/cards/components/card-actions.tsx';
import { CardFacts } from '../../features/cards/components/card-facts.tsx';
import { HelplineMissing } from '../../features/branding/components/helpline-missing.tsx';
import { CardPrinting } from '../../features/cards/components/card-printing.tsx';
import { ReportedLostNotice } from '../../features/cards/components/reported-lost-notice.tsx';
import { useLoadedHolder } from '../../features/holders/api/get-holder.ts';
import { useTemplates } from '../../features/templates/api/get-templates.ts';
import { useTranslation } from '../../i18n/use-translation.ts';
import { ApiError, errorMessage } from '../../lib/api-client.ts';
import { fullName } from '../../lib/format-name.ts';
import { isAdmin, useCurrentUser } from '../../lib/session.ts';

/**
 * One card. The card carries only its young carer's id; their name is shown
 * when this browser has their record already (opened from it), because
 * fetching it just for a name would log another read of the record.
 * Composes the cards feature with the layouts of the templates feature.
 */
export function CardRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const card = useCard(id);
  const holder = useLoadedHolder(card.data?.holderId ?? '').data;
  const templates = useTemplates().data?.items;
  const [notice, setNotice] = useState<{ cardId: string; text: string } | null>(null);
  const admin = isAdmin(useCurrentUser());

  if (card.isPending) {
    return (
      <Page title={t('cards.page.title')}>
        <Loading label={t('cards.page.loading')} />
      </Page>
    );
  }
  if (card.isError) {
    const notFound = card.error instanceof ApiError && card.error.status === 404;
    return (
      <Page title={notFound ? t('cards.page.notFound') : t('cards.page.title')}>
        <Alert tone="error" title={notFound ? undefined : t('cards.page.loadFailed')}>
          <p>{notFound ? t('cards.page.notFoundText') : errorMessage(card.error)}</p>
          {notFound ? null : (
            <button type="button" className="button button--secondary" onClick={() => void card.refetch()}>
              {t('holders.list.tryAgain')}
            </button>
          )}
        </Alert>
        <p>
          <Link to={paths.cards.list.getHref()}>{t('cards.page.back')}</Link>
        </p>
      </Page>
    );
  }

  const data = card.data;
  const holderHref = paths.holders.detail.getHref(data.holderId);
  return (
    <Page
      title={data.number}
      titleClassName="page-title--card-number"
      lead={
        <p>
          {holder ? (
            <>
              {t('cards.page.cardOf')} <Link to={holderHref}>{fullName(holder)}</Link>
            </>
          ) : (
            <Link to={holderHref}>{t('cards.page.openRecord')}</Link>
          )}
          {data.replacesCardId ? (
            <>
              {' · '}
              <Link to={paths.cards.detail.getHref(data.replacesCardId)}>{t('cards.page.replaces')}</Link>
            </>
          ) : null}
        </p>
      }
    >
      {notice?.cardId === data.id ? <Alert tone="success">{notice.text}</Alert> : <FlashNotice />}
      <ReportedLostNotice card={data} holderName={holder ? (holder.preferredName ?? holder.givenName) : undefined} />
      <CardFacts card={data} />
      <HelplineMissing doing="printing" />
      <CardPrinting key={data.id} card={data} templates={templates} />
      <CardActions
        newCard={holder?.newCard}
        card={data}
        holderName={holder ? (holder.preferredName ?? holder.givenName) : undefined}
        onDone={(text) => setNotice({ cardId: data.id, text })}
      />
      <HistorySection
        entityType="card"
        entityId={data.id}
        refreshKey={card.dataUpdatedAt}
        showLogLink={admin}
        caption={t('cards.page.historyCaption', { number: data.number })}
        lead={t('cards.page.historyLead')}
      />
    </Page>
  );
}
