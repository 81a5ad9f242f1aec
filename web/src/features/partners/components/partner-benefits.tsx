import { useEffect, useRef, useState } from 'react';
import type { BenefitView, PartnerView } from '../../../../../api/src/partners/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useCreateBenefit } from '../api/create-benefit.ts';
import { usePartnerBenefits } from '../api/get-benefits.ts';
import { useUpdateBenefit } from '../api/update-benefit.ts';
import { BenefitForm } from './benefit-form.tsx';
import { benefitFormValuesOf, emptyBenefitFormValues, toBenefitChanges, toCreateBenefitBody } from './benefit-form-values.ts';
import { ageRangeText, benefitState, benefitStateDescription, benefitStateLabel, datesText } from './partner-labels.ts';

type Editing = { kind: 'new' } | { kind: 'edit'; benefit: BenefitView } | null;

/** A partner's benefits; admins add and change them here, one form at a time. */
export function PartnerBenefits({ partner, canEdit }: { partner: PartnerView; canEdit: boolean }) {
  const { t } = useTranslation();
  const benefits = usePartnerBenefits(partner.id);
  const create = useCreateBenefit();
  const update = useUpdateBenefit();
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const sectionTitleRef = useRef<HTMLHeadingElement>(null);
  const formTitleRef = useRef<HTMLHeadingElement>(null);

  // Opening the form puts focus on its heading, so keyboard and screen reader users land in it.
  useEffect(() => {
    if (editing) formTitleRef.current?.focus();
  }, [editing]);

  function open(next: Editing) {
    create.reset();
    update.reset();
    setNotice(null);
    setEditing(next);
  }

  function finish(message: string | null) {
    setEditing(null);
    setNotice(message);
    requestAnimationFrame(() => sectionTitleRef.current?.focus());
  }

  return (
    <section className="page-section" aria-labelledby="benefits-title">
      <div className="panel__header">
        <h2 id="benefits-title" className="section-title" tabIndex={-1} ref={sectionTitleRef}>
          {t('partners.benefits.title')}
        </h2>
        {canEdit && editing?.kind !== 'new' ? (
          <button type="button" className="button button--small" onClick={() => open({ kind: 'new' })}>
            {t('partners.benefits.add')}
          </button>
        ) : null}
      </div>
      <p className="section-lead">
        {t('partners.benefits.lead', { name: partner.name })}
        {partner.active ? null : <strong> {t('partners.benefits.inactive')}</strong>}
      </p>
      {notice ? <Alert tone="success">{notice}</Alert> : null}

      {editing ? (
        <div className="panel benefit-editor">
          <h3 className="section-title" tabIndex={-1} ref={formTitleRef}>
            {editing.kind === 'new' ? t('partners.benefits.add') : t('partners.benefits.edit', { title: editing.benefit.title })}
          </h3>
          {editing.kind === 'new' ? (
            <BenefitForm
              partnerName={partner.name}
              initialValues={emptyBenefitFormValues()}
              submitLabel={t('partners.benefits.addButton')}
              isPending={create.isPending}
              apiError={create.error}
              errorTitle={t('partners.benefits.addFailed')}
              onCancel={() => finish(null)}
              onSubmit={(values) =>
                create.mutate(toCreateBenefitBody(partner.id, values), {
                  onSuccess: (benefit) => finish(t('partners.benefits.added', { title: benefit.title })),
                })
              }
            />
          ) : (
            <BenefitForm
              key={editing.benefit.id}
              partnerName={partner.name}
              initialValues={benefitFormValuesOf(editing.benefit)}
              submitLabel={t('partners.benefits.saveButton')}
              isPending={update.isPending}
              apiError={update.error}
              errorTitle={t('partners.benefits.saveFailed')}
              onCancel={() => finish(null)}
              onSubmit={(values) => {
                const changes = toBenefitChanges(benefitFormValuesOf(editing.benefit), values);
                if (Object.keys(changes).length === 0) {
                  finish(t('partners.benefits.unchanged'));
                  return;
                }
                update.mutate({ id: editing.benefit.id, changes }, { onSuccess: (benefit) => finish(t('partners.benefits.saved', { title: benefit.title })) });
              }}
            />
          )}
        </div>
      ) : null}

      {benefits.isPending ? (
        <Loading label={t('partners.benefits.loading')} />
      ) : benefits.isError ? (
        <Alert tone="error" title={t('partners.benefits.loadFailed')}>
          <p>{errorMessage(benefits.error)}</p>
          <button type="button" className="button button--secondary" onClick={() => void benefits.refetch()}>
            {t('partners.tryAgain')}
          </button>
        </Alert>
      ) : benefits.data.items.length === 0 ? (
        <p className="empty-state">{canEdit ? t('partners.benefits.noneAddFirst') : t('partners.benefits.none')}</p>
      ) : (
        <ul className="benefit-list">
          {benefits.data.items.map((benefit) => (
            <BenefitItem
              key={benefit.id}
              benefit={benefit}
              partnerName={partner.name}
              onEdit={canEdit ? () => open({ kind: 'edit', benefit }) : undefined}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function BenefitItem({ benefit, partnerName, onEdit }: { benefit: BenefitView; partnerName: string; onEdit: (() => void) | undefined }) {
  const { t } = useTranslation();
  const state = benefitState(benefit);
  return (
    <li className={`benefit benefit--${state}`}>
      <div className="benefit__header">
        <div className="benefit__heading">
          <h3 className="benefit__title">{benefit.title}</h3>
          <span className={`badge badge--benefit-${state}`} title={benefitStateDescription(state)}>
            {benefitStateLabel(state)}
          </span>
        </div>
        {onEdit ? (
          <button type="button" className="button button--small button--secondary" onClick={onEdit}>
            {t('partners.edit')}
            <span className="visually-hidden"> {benefit.title}</span>
          </button>
        ) : null}
      </div>
      {benefit.description ? <p className="pre-line">{benefit.description}</p> : null}
      <dl className="facts facts--compact">
        <div>
          <dt>{t('partners.benefits.ages')}</dt>
          <dd>{ageRangeText(benefit)}</dd>
        </div>
        <div>
          <dt>{t('partners.benefits.dates')}</dt>
          <dd>{datesText(benefit)}</dd>
        </div>
        <div className="facts__wide">
          <dt>{t('partners.benefitForm.conditions')}</dt>
          <dd className="pre-line">{benefit.conditions || <span className="muted">{t('partners.benefits.noConditions')}</span>}</dd>
        </div>
        {benefit.partnerNote ? (
          <div className="facts__wide">
            <dt>{t('partners.benefitForm.partnerNote', { name: partnerName })}</dt>
            <dd className="pre-line">{benefit.partnerNote}</dd>
          </div>
        ) : null}
      </dl>
    </li>
  );
}
