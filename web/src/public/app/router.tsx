import { createBrowserRouter, RouterProvider } from 'react-router';
import { paths } from '../config/paths.ts';
import { BenefitsRoute } from './routes/benefits.tsx';
import { MyCardRoute } from './routes/my-card.tsx';
import { MyDataRoute } from './routes/my-data.tsx';
import { NotFoundRoute } from './routes/not-found.tsx';
import { PartnerGuideRoute } from './routes/partner-guide.tsx';
import { ReferRoute } from './routes/refer.tsx';
import { RouteError } from './routes/route-error.tsx';
import { VerifyRoute } from './routes/verify.tsx';

const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    children: [
      { path: paths.verify.path, element: <VerifyRoute /> },
      { path: paths.benefits.path, element: <BenefitsRoute /> },
      { path: paths.partnerGuide.path, element: <PartnerGuideRoute /> },
      { path: paths.myCard.path, element: <MyCardRoute /> },
      { path: paths.myData.path, element: <MyDataRoute /> },
      { path: paths.refer.path, element: <ReferRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);

export function PublicRouter() {
  return <RouterProvider router={router} />;
}
