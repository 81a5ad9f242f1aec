import type { DataRequest } from '../generated/sqlite/client.ts';
import type { DataRequestKind, DataRequestStatus, DataRequestView, MyDataRequestView } from './schemas.ts';

export function toMyDataRequestView(row: DataRequest): MyDataRequestView {
  return {
    id: row.id,
    kind: row.kind as DataRequestKind,
    text: row.text,
    status: row.status as DataRequestStatus,
    createdAt: row.createdAt.toISOString(),
    handledAt: row.handledAt?.toISOString() ?? null,
  };
}

export function toDataRequestView(row: DataRequest, handledByEmail: string | null): DataRequestView {
  return { ...toMyDataRequestView(row), holderId: row.holderId, handledByEmail };
}
