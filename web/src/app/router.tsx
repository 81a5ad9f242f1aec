import { createBrowserRouter, RouterProvider } from 'react-router';
import { paths } from '../config/paths.ts';
import { AdminOnly } from './routes/admin-only.tsx';
import { AppRoot } from './routes/app-root.tsx';
import { AuditRoute } from './routes/audit.tsx';
import { BrandingRoute } from './routes/branding.tsx';
import { CardRoute } from './routes/card.tsx';
import { CardsRoute } from './routes/cards.tsx';
import { HolderEditRoute } from './routes/holder-edit.tsx';
import { HolderNewRoute } from './routes/holder-new.tsx';
import { HolderRoute } from './routes/holder.tsx';
import { HoldersRoute } from './routes/holders.tsx';
import { HomeRoute } from './routes/home.tsx';
import { LoginRoute } from './routes/login.tsx';
import { NotFoundRoute } from './routes/not-found.tsx';
import { PartnerEditRoute } from './routes/partner-edit.tsx';
import { PartnerNewRoute } from './routes/partner-new.tsx';
import { PartnerRoute } from './routes/partner.tsx';
import { PartnersRoute } from './routes/partners.tsx';
import { RouteError } from './routes/route-error.tsx';
import { ScanStatisticsRoute } from './routes/scan-statistics.tsx';
import { SetPasswordRoute } from './routes/set-password.tsx';
import { SetupRoute } from './routes/setup.tsx';
import { SigningKeysRoute } from './routes/signing-keys.tsx';
import { StaffRoute } from './routes/staff.tsx';
import { TemplatesRoute } from './routes/templates.tsx';

const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    children: [
      // Reachable without signing in.
      { path: paths.auth.login.path, element: <LoginRoute /> },
      { path: paths.auth.setup.path, element: <SetupRoute /> },
      { path: paths.auth.setPassword.path, element: <SetPasswordRoute /> },
      // Everything else: signed in, inside the app shell.
      {
        element: <AppRoot />,
        children: [
          { path: paths.home.path, element: <HomeRoute /> },
          { path: paths.holders.list.path, element: <HoldersRoute /> },
          { path: paths.holders.new.path, element: <HolderNewRoute /> },
          { path: paths.holders.detail.path, element: <HolderRoute /> },
          { path: paths.holders.edit.path, element: <HolderEditRoute /> },
          { path: paths.cards.list.path, element: <CardsRoute /> },
          { path: paths.cards.detail.path, element: <CardRoute /> },
          { path: paths.partners.list.path, element: <PartnersRoute /> },
          { path: paths.partners.detail.path, element: <PartnerRoute /> },
          { path: paths.templates.path, element: <TemplatesRoute /> },
          {
            element: <AdminOnly />,
            children: [
              { path: paths.staff.path, element: <StaffRoute /> },
              { path: paths.audit.path, element: <AuditRoute /> },
              { path: paths.signingKeys.path, element: <SigningKeysRoute /> },
              { path: paths.branding.path, element: <BrandingRoute /> },
              { path: paths.partners.new.path, element: <PartnerNewRoute /> },
              { path: paths.partners.edit.path, element: <PartnerEditRoute /> },
              { path: paths.partners.statistics.path, element: <ScanStatisticsRoute /> },
            ],
          },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
