import { lazy, Suspense } from 'react';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { WithQueries } from '../query-provider.tsx';
import { PublicLayout } from '../../components/public-layout.tsx';
import { MyCardPage } from '../../features/my-card/components/my-card-page.tsx';

/** "Have your say" (and pdf.js for its card designs) loads after the card, in a chunk of its own. */
const HaveYourSay = lazy(async () => ({ default: (await import('../../features/have-your-say/components/have-your-say.tsx')).HaveYourSay }));

export function MyCardRoute() {
  const { t } = useTranslation();
  return (
    <WithQueries>
      <PublicLayout title={t('app.titles.myCard')} audience="young-carer">
        <MyCardPage
          below={
            <Suspense fallback={null}>
              <HaveYourSay />
            </Suspense>
          }
        />
      </PublicLayout>
    </WithQueries>
  );
}
