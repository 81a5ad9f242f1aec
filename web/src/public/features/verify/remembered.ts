import type { VerifyResult } from '../../../../../api/src/verify/schemas.ts';

/**
 * What the verify page keeps on this phone (localStorage), and nothing else:
 * the shop's partner code from its own link (sent with every check, so its
 * benefits come first), the partner's name once an answer reveals it, and the
 * card issuer's name and helpline from the last answer (shown with an offline
 * NOT VALID). Nothing about any card or child is ever stored.
 */
const PARTNER_KEY = 'yc-verify-partner';
const ISSUER_KEY = 'yc-verify-issuer';

/** A partner link's code, as the API's `partner` field accepts it. */
const PARTNER_CODE = /^[A-Za-z0-9_-]{1,40}$/;

export type RememberedPartner = { code: string; name?: string };
export type Issuer = VerifyResult['issuer'];

export function isPartnerCode(value: string): boolean {
  return PARTNER_CODE.test(value);
}

export function rememberedPartner(): RememberedPartner | undefined {
  const saved = read<RememberedPartner>(PARTNER_KEY);
  return saved && typeof saved.code === 'string' && isPartnerCode(saved.code) ? saved : undefined;
}

export function rememberPartner(code: string): void {
  if (!isPartnerCode(code)) return;
  const current = rememberedPartner();
  write(PARTNER_KEY, current?.code === code ? current : { code });
  publish(true);
}

/** The partner's name, looked up when its link was opened: kept with its code, so the page names the shop from then on, offline too. */
export function rememberPartnerName(code: string, name: string): void {
  const current = rememberedPartner();
  if (current?.code !== code || current.name === name) return;
  write(PARTNER_KEY, { ...current, name });
  publish(partnerState().justSaved);
}

export function forgetPartner(): void {
  try {
    localStorage.removeItem(PARTNER_KEY);
  } catch {
    // storage unavailable: nothing was kept
  }
  publish(false);
}

/** The remembered partner as React reads it (useSyncExternalStore); `justSaved` while the link was opened in this visit. */
export type PartnerState = { partner: RememberedPartner | undefined; justSaved: boolean };
let partnerSnapshot: PartnerState | undefined;
const listeners = new Set<() => void>();

export function partnerState(): PartnerState {
  partnerSnapshot ??= { partner: rememberedPartner(), justSaved: false };
  return partnerSnapshot;
}

export function subscribeToPartner(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab saved or forgot a partner.
  const onStorage = (event: StorageEvent) => {
    if (event.key === PARTNER_KEY || event.key === null) publish(partnerState().justSaved);
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

function publish(justSaved: boolean): void {
  partnerSnapshot = { partner: rememberedPartner(), justSaved };
  for (const listener of listeners) listener();
}

export function rememberedIssuer(): Issuer | undefined {
  const saved = read<Issuer>(ISSUER_KEY);
  return saved && typeof saved.name === 'string' && typeof saved.helpline === 'string' ? saved : undefined;
}

/**
 * After an online answer: keep the issuer, and the asking partner's name when
 * the answer shows it. Only the asking partner sees its benefits' notes (the
 * API's contract), so a benefit with a note names that partner.
 */
export function rememberFromAnswer(answer: VerifyResult): void {
  write(ISSUER_KEY, { name: answer.issuer.name, helpline: answer.issuer.helpline });
  const partner = rememberedPartner();
  if (!partner || answer.result !== 'valid') return;
  const named = answer.benefits.find((benefit) => benefit.note !== undefined)?.partner;
  if (named && named !== partner.name) {
    write(PARTNER_KEY, { ...partner, name: named });
    publish(partnerState().justSaved);
  }
}

function read<T>(key: string): T | undefined {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // private browsing or storage full: the page works without it
  }
}
