import type { ReactNode } from 'react';
import type { MessageValues } from '../../../../i18n/start-i18n.ts';
import type { Translate } from '../../../../i18n/use-translation.ts';

const MARK = '\u0001';

/**
 * A sentence with one value in bold ("Valid until **14 September 2027**"):
 * the whole sentence is one message, so each language puts the value where
 * its word order wants it (Urdu puts the date before "تک").
 */
export function withStrong(t: Translate, key: string, name: string, value: ReactNode, values: MessageValues = {}): ReactNode {
  const [before = '', after = ''] = t(key, { ...values, [name]: MARK }).split(MARK);
  return (
    <>
      {before}
      <strong>{value}</strong>
      {after}
    </>
  );
}
