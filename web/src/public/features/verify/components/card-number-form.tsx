import { useState, type FormEvent } from 'react';
import { formatCardNumber, parseCardNumber } from '../../../../../../api/src/cards/card-number.ts';
import { TextField } from '../../../../components/ui/field.tsx';
import { useTranslation } from '../../../../i18n/use-translation.ts';

export const CARD_NUMBER_EXAMPLE = 'YC-7K3P-Q9MD-2HXWT';

/**
 * The printed number, for when there is no camera. Checked here first with
 * the API's own parser (case, spaces, dashes and O/I/L look-alikes are
 * forgiven; the check symbol catches a mistyped character), so a typing slip
 * gets "check the number" at once instead of a NOT VALID.
 */
export function CardNumberForm({ onSubmit }: { onSubmit: (cardNumber: string) => void }) {
  const { t, rich } = useTranslation();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const parsed = parseCardNumber(value);
    if (!value.trim()) {
      setError(t('verify.form.empty'));
    } else if (!parsed) {
      setError(t('verify.form.mismatch', { example: CARD_NUMBER_EXAMPLE }));
    } else {
      setError(undefined);
      onSubmit(formatCardNumber(parsed));
      return;
    }
    requestAnimationFrame(() => form.querySelector<HTMLInputElement>('input')?.focus());
  };

  return (
    <form className="number-form" onSubmit={submit} noValidate>
      <TextField
        label={t('verify.form.label')}
        hint={rich('verify.form.hint', { example: CARD_NUMBER_EXAMPLE })}
        // A card number reads left to right in every language.
        dir="ltr"
        name="cardNumber"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        error={error}
        autoComplete="off"
        autoCapitalize="characters"
        autoCorrect="off"
        spellCheck={false}
        maxLength={40}
        className="input--card-number"
      />
      <button type="submit" className="button button--primary">
        {t('verify.form.submit')}
      </button>
    </form>
  );
}
