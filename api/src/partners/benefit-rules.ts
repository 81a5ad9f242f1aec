import type { Benefit as VerifyBenefit } from '../verify/schemas.ts';
import type { MyBenefit } from '../my-card/schemas.ts';
import type { BenefitDirectory } from './schemas.ts';
import { ageOn } from '../shared/calendar.ts';

/** Active partners with their active benefits: what verify answers and the directory are built from. */
export type BenefitSnapshot = {
  partners: {
    id: string;
    name: string;
    category: string;
    area: string;
    address: string;
    website: string;
    verifyCode: string;
    benefits: {
      id: string;
      title: string;
      description: string;
      conditions: string;
      minAge: number | null;
      maxAge: number | null;
      validFrom: string | null;
      validTo: string | null;
      partnerNote: string;
    }[];
  }[];
};

type SnapshotBenefit = BenefitSnapshot['partners'][number]['benefits'][number];


function appliesOn(benefit: SnapshotBenefit, day: string, age: number): boolean {
  if (benefit.validFrom && day < benefit.validFrom) return false;
  if (benefit.validTo && day > benefit.validTo) return false;
  if (benefit.minAge !== null && age < benefit.minAge) return false;
  if (benefit.maxAge !== null && age > benefit.maxAge) return false;
  return true;
}

/**
 * The benefits a card gets today: active partner, active benefit, within its
 * dates and its age range (the holder's age decides; it is never disclosed).
 * The partner asking (by key or verify link) comes first, and only it sees
 * its notes.
 */
export function applicableBenefits(snapshot: BenefitSnapshot, card: { dateOfBirth: string }, day: string, askingPartnerId?: string): VerifyBenefit[] {
  const age = ageOn(card.dateOfBirth, day);
  const mine: VerifyBenefit[] = [];
  const others: VerifyBenefit[] = [];
  for (const partner of snapshot.partners) {
    const isAsking = partner.id === askingPartnerId;
    for (const benefit of partner.benefits) {
      if (!appliesOn(benefit, day, age)) continue;
      const item: VerifyBenefit = { title: benefit.title, partner: partner.name, description: benefit.description, conditions: benefit.conditions };
      if (isAsking && benefit.partnerNote) item.note = benefit.partnerNote;
      (isAsking ? mine : others).push(item);
    }
  }
  return [...mine, ...others];
}

/** The public directory: partners with the benefits that apply today (for any age). No contacts, no notes. */
export function benefitDirectory(snapshot: BenefitSnapshot, day: string): BenefitDirectory {
  const partners: BenefitDirectory['partners'] = [];
  for (const partner of snapshot.partners) {
    const benefits = partner.benefits
      .filter((b) => (!b.validFrom || day >= b.validFrom) && (!b.validTo || day <= b.validTo))
      .map(({ id, title, description, conditions, minAge, maxAge, validTo }) => ({ id, title, description, conditions, minAge, maxAge, validTo }));
    if (benefits.length === 0) continue;
    const { id, name, area, address, website } = partner;
    partners.push({ id, name, category: partner.category as BenefitDirectory['partners'][number]['category'], area, address, website, benefits });
  }
  return { partners };
}

/** For a young carer's own page: every benefit that applies to them today, with where to find it (their age decides, as in verify). */
export function benefitsForHolder(snapshot: BenefitSnapshot, dateOfBirth: string, day: string): MyBenefit[] {
  const age = ageOn(dateOfBirth, day);
  return snapshot.partners.flatMap((partner) =>
    partner.benefits
      .filter((benefit) => appliesOn(benefit, day, age))
      .map((benefit) => ({
        title: benefit.title,
        description: benefit.description,
        conditions: benefit.conditions,
        partner: partner.name,
        category: partner.category as MyBenefit['category'],
        area: partner.area,
        address: partner.address,
        website: partner.website,
      })),
  );
}
