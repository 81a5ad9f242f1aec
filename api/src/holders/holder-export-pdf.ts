import { faceCanvas } from '../card-pdf/draw-card-face.ts';
import { newPdfDocument, pdfBytes } from '../card-pdf/pdf-document.ts';
import type { HolderExport } from './schemas.ts';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const WIDTH = A4[0] - 2 * MARGIN;

type Value = string | number | boolean | null | undefined;

const shown = (value: Value) => (value === null || value === undefined || value === '' ? '-' : String(value));

/**
 * The subject access export as a readable A4 PDF: the same content as the
 * JSON (HolderExport), section by section, in the card font. Text flows
 * onto new pages by itself (pdfkit continues with the current page's size
 * and margins). The document's metadata names nobody (newPdfDocument).
 */
export async function renderHolderExportPdf(data: HolderExport): Promise<Buffer> {
  const doc = newPdfDocument('Subject access export', data.organisation);
  faceCanvas(doc); // registers the 'regular' and 'bold' card fonts, with a clean glyph cache
  doc.addPage({ size: A4, margin: MARGIN });

  const heading = (text: string) => {
    if (doc.y > A4[1] - MARGIN - 80) doc.addPage({ size: A4, margin: MARGIN });
    doc.moveDown(0.8).font('bold').fontSize(13).fillColor('#111111').text(text, MARGIN, doc.y, { width: WIDTH });
    doc.moveDown(0.2);
  };
  const field = (label: string, value: Value) => {
    doc.font('bold').fontSize(9.5).fillColor('#374151').text(`${label}: `, MARGIN, doc.y, { width: WIDTH, continued: true });
    doc.font('regular').fillColor('#111111').text(shown(value));
  };
  const entry = (title: string, fields: [string, Value][]) => {
    if (doc.y > A4[1] - MARGIN - 60) doc.addPage({ size: A4, margin: MARGIN });
    doc.moveDown(0.4).font('bold').fontSize(10.5).fillColor('#111111').text(title, MARGIN, doc.y, { width: WIDTH });
    for (const [label, value] of fields) field(label, value);
  };
  const none = (what: string) => doc.font('regular').fontSize(9.5).fillColor('#4b5563').text(`No ${what}.`, MARGIN, doc.y, { width: WIDTH });

  const { holder } = data;
  doc.font('bold').fontSize(18).fillColor('#111111').text('Subject access export', MARGIN, MARGIN, { width: WIDTH });
  doc.font('regular').fontSize(9.5).fillColor('#b91c1c').text("This file holds a child's personal data. Give it only to the young carer or the person entitled to it, and keep it secure.", { width: WIDTH });
  doc.fillColor('#111111');
  field('Organisation', data.organisation);
  field('Exported at', data.exportedAt);
  field('Exported by', data.exportedBy);

  heading('About the young carer');
  const photoBottom = doc.y + 120;
  if (holder.photo) doc.image(doc.openImage(Buffer.from(holder.photo.base64, 'base64')), A4[0] - MARGIN - 90, doc.y, { fit: [90, 120] });
  const aboutWidth = holder.photo ? WIDTH - 100 : WIDTH;
  const aboutFields: [string, Value][] = [
    ['Given name', holder.givenName],
    ['Family name', holder.familyName],
    ['Name on the card', holder.preferredName],
    ['Date of birth', holder.dateOfBirth],
    ['Contact email', holder.contactEmail],
    ['Contact phone', holder.contactPhone],
    ['Photo', holder.photo ? 'held (shown here)' : 'none'],
    ['Reference', holder.reference],
    ['Consent given by', holder.consentBy],
    ['Consent given at', holder.consentAt],
    ['Consent given how', holder.consentMethod],
    ['Record created', holder.createdAt],
    ['Record last changed', holder.updatedAt],
    ['Record id', holder.id],
  ];
  for (const [label, value] of aboutFields) {
    doc.font('bold').fontSize(9.5).fillColor('#374151').text(`${label}: `, MARGIN, doc.y, { width: aboutWidth, continued: true });
    doc.font('regular').fillColor('#111111').text(shown(value));
  }
  if (holder.photo) doc.y = Math.max(doc.y, photoBottom);
  field('Staff notes', holder.notes);

  heading('Withheld from this export');
  for (const item of data.withheld) entry(item.field, [['Held', item.held ? 'yes' : 'no'], ['Why', item.reason]]);

  heading('Cards');
  if (data.cards.length === 0) none('cards');
  for (const card of data.cards) {
    entry(`Card ${card.number}`, [
      ['Status', card.status],
      ['Layout', card.template],
      ['Issued', card.issuedAt],
      ['Valid until', card.expiresOn],
      ['Status changed', card.statusChangedAt],
      ['Reason', card.statusReason],
      ['Replaces card', card.replacesCardId],
      ['Issued by (staff id)', card.issuedById],
      ['Card id', card.id],
    ]);
  }

  heading('Invitations (links to open the card on a phone)');
  if (data.invitations.length === 0) none('invitations');
  for (const row of data.invitations) {
    entry(`Invitation by ${row.channel}, ${row.createdAt}`, [
      ['Expires', row.expiresAt],
      ['Withdrawn', row.revokedAt],
      ['Locked', row.lockedAt],
      ['Wrong dates of birth', row.failedAttempts],
      ['Times opened', row.uses],
      ['Last opened', row.lastUsedAt],
      ['Sent by (staff id)', row.createdById],
    ]);
  }

  heading('Phones signed in to the card');
  if (data.deviceSessions.length === 0) none('phones');
  for (const row of data.deviceSessions) {
    entry(`Phone signed in ${row.createdAt}`, [['Last seen', row.lastSeenAt], ['Signs out by itself', row.expiresAt], ['Signed out', row.revokedAt]]);
  }

  heading('Messages');
  if (data.messages.length === 0) none('messages');
  for (const row of data.messages) {
    entry(`${row.kind} (${row.channel}), ${row.createdAt}`, [['To', row.to], ['Status', row.status], ['Sent', row.sentAt], ['Subject', row.subject], ['Text', row.text]]);
  }

  heading('Renewal reminders');
  if (data.renewalReminders.length === 0) none('renewal reminders');
  for (const row of data.renewalReminders) entry(`Reminder ${row.createdAt}`, [['Card id', row.cardId], ['Sent by', row.trigger]]);

  heading('Requests from the young carer');
  if (data.dataRequests.length === 0) none('requests');
  for (const row of data.dataRequests) {
    entry(`${row.kind}, ${row.createdAt}`, [['Status', row.status], ['Handled', row.handledAt], ['Their words', row.text]]);
  }

  heading('Taking part in co-production');
  if (data.takePart.length === 0) none('wish to take part');
  for (const row of data.takePart) entry(`Asked to take part, ${row.createdAt}`, [['Contact by', row.contactBy.join(', ')], ['From', row.source], ['Followed up', row.followedUpAt]]);

  heading('How they were referred');
  if (data.referrals.length === 0) none('online referral');
  for (const row of data.referrals) {
    entry(`Referral ${row.reference}, ${row.receivedAt}`, [['Status', row.status], ['Decided', row.decidedAt], ['Referred by', row.referrerRole], ['Organisation', row.referrerOrganisation]]);
  }

  heading('History (audit log)');
  if (data.auditEvents.length === 0) none('history');
  for (const event of data.auditEvents) {
    const details = Object.keys(event.details).length > 0 ? JSON.stringify(event.details) : null;
    entry(`${event.at}  ${event.action}`, [['By', event.actorEmail ?? (event.actorId ? event.actorId : 'the young carer or the system')], ['Details', details]]);
  }

  return pdfBytes(doc);
}
