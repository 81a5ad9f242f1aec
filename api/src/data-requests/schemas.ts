import { Type, type Static } from 'typebox';
import { DATA_REQUEST_TEXT_MAX } from '../shared/data-request-limits.ts';

export { DATA_REQUEST_TEXT_MAX, MAX_OPEN_DATA_REQUESTS } from '../shared/data-request-limits.ts';

/** correction: "this is wrong, please change it" (Art. 16); erasure: "please delete my record" (Art. 17). */
export const DataRequestKind = Type.Enum(['correction', 'erasure']);
export type DataRequestKind = Static<typeof DataRequestKind>;
export const DataRequestStatus = Type.Enum(['open', 'done', 'declined']);
export type DataRequestStatus = Static<typeof DataRequestStatus>;

/** POST /api/my/requests. A correction needs words; an erasure may come without. */
export const CreateDataRequestBody = Type.Object(
  {
    kind: DataRequestKind,
    text: Type.String({ maxLength: DATA_REQUEST_TEXT_MAX, default: '' }),
  },
  { additionalProperties: false },
);
export type CreateDataRequestBody = Static<typeof CreateDataRequestBody>;

/** A request as the young carer sees it on their own page. */
export const MyDataRequestView = Type.Object({
  id: Type.String(),
  kind: DataRequestKind,
  text: Type.String(),
  status: DataRequestStatus,
  createdAt: Type.String({ format: 'date-time' }),
  handledAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type MyDataRequestView = Static<typeof MyDataRequestView>;
export const MyDataRequestResponse = Type.Object({ request: MyDataRequestView });
export type MyDataRequestResponse = Static<typeof MyDataRequestResponse>;

/** A request as staff see it: with whose record it is and who handled it. */
export const DataRequestView = Type.Object({
  ...MyDataRequestView.properties,
  holderId: Type.String(),
  handledByEmail: Type.Union([Type.String(), Type.Null()]),
});
export type DataRequestView = Static<typeof DataRequestView>;
export const DataRequestList = Type.Object({ items: Type.Array(DataRequestView) });
export type DataRequestList = Static<typeof DataRequestList>;
export const DataRequestResponse = Type.Object({ request: DataRequestView });
export type DataRequestResponse = Static<typeof DataRequestResponse>;

export const DataRequestQuery = Type.Object(
  {
    status: Type.Optional(DataRequestStatus),
    holderId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  },
  { additionalProperties: false },
);
export type DataRequestQuery = Static<typeof DataRequestQuery>;

/** Staff close a request: done (the change was made, or the record erased) or declined (with a word to the young carer outside this service). */
export const HandleDataRequestBody = Type.Object({ status: Type.Enum(['done', 'declined']) }, { additionalProperties: false });
export type HandleDataRequestBody = Static<typeof HandleDataRequestBody>;
