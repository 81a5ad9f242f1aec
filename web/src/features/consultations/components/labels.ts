import type { AnswerChannel, ContactMethod, ConsultationStatus } from '../../../../../api/src/consultations/schemas.ts';

export const channelLabels: Record<AnswerChannel, string> = { online: 'Online (their own page)', phone: 'Phone', email: 'Email', face_to_face: 'Face to face or group session' };
export const contactLabels: Record<ContactMethod, string> = { phone: 'Phone', email: 'Email', online: 'Online', face_to_face: 'Face to face' };
export const statusLabels: Record<ConsultationStatus, string> = { upcoming: 'Not open yet', open: 'Open', closed: 'Closed' };
