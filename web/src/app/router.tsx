import { createBrowserRouter, RouterProvider } from 'react-router';
import { FullPageLoading } from '../components/ui/loading.tsx';
import { paths } from '../config/paths.ts';
import { AccountRoute } from './routes/account.tsx';
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
import { ImportRoute } from './routes/import.tsx';
import { ImportsRoute } from './routes/imports.tsx';
import { ExportsRoute } from './routes/exports.tsx';
import { LoginRoute } from './routes/login.tsx';
import { NotFoundRoute } from './routes/not-found.tsx';
import { ReferralRoute } from './routes/referral.tsx';
import { ReferralsRoute } from './routes/referrals.tsx';
import { RouteError } from './routes/route-error.tsx';
import { SetPasswordRoute } from './routes/set-password.tsx';
import { SetupRoute } from './routes/setup.tsx';
import { SigningKeysRoute } from './routes/signing-keys.tsx';
import { StaffRoute } from './routes/staff.tsx';
import { TemplatesRoute } from './routes/templates.tsx';

/**
 * The partners pages come as a chunk of their own, fetched when first opened,
 * so the app's first download stays small. The router waits for the chunk
 * before changing page, so the new page's heading takes focus as usual.
 */
const partnersRoute = {
  list: async () => ({ Component: (await import('./routes/partners.tsx')).PartnersRoute }),
  detail: async () => ({ Component: (await import('./routes/partner.tsx')).PartnerRoute }),
  new: async () => ({ Component: (await import('./routes/partner-new.tsx')).PartnerNewRoute }),
  edit: async () => ({ Component: (await import('./routes/partner-edit.tsx')).PartnerEditRoute }),
  statistics: async () => ({ Component: (await import('./routes/scan-statistics.tsx')).ScanStatisticsRoute }),
};

/** The outbox and renewals pages: chunks of their own too. */
const messagesRoute = {
  outbox: async () => ({ Component: (await import('./routes/outbox.tsx')).OutboxRoute }),
  message: async () => ({ Component: (await import('./routes/outbox-message.tsx')).OutboxMessageRoute }),
  renewals: async () => ({ Component: (await import('./routes/renewals.tsx')).RenewalsRoute }),
};

/** Co-production pages: a chunk of their own. */
const consultationsRoute = {
  list: async () => ({ Component: (await import('./routes/consultations.tsx')).ConsultationsRoute }),
  detail: async () => ({ Component: (await import('./routes/consultation.tsx')).ConsultationRoute }),
  coProduction: async () => ({ Component: (await import('./routes/co-production.tsx')).CoProductionRoute }),
};
/** The dashboard and its charts: admins only, so nobody else downloads them. */
const reportsRoute = async () => ({ Component: (await import('./routes/reports.tsx')).ReportsRoute });

const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    // Shown while a page opened directly (a partner's address, say) fetches its chunk.
    hydrateFallbackElement: <FullPageLoading />,
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
          { path: paths.referrals.list.path, element: <ReferralsRoute /> },
          { path: paths.referrals.detail.path, element: <ReferralRoute /> },
          { path: paths.consultations.list.path, lazy: consultationsRoute.list },
          { path: paths.consultations.coProduction.path, lazy: consultationsRoute.coProduction },
          { path: paths.consultations.detail.path, lazy: consultationsRoute.detail },
          { path: paths.cards.list.path, element: <CardsRoute /> },
          { path: paths.cards.detail.path, element: <CardRoute /> },
          { path: paths.partners.list.path, lazy: partnersRoute.list },
          { path: paths.partners.detail.path, lazy: partnersRoute.detail },
          { path: paths.outbox.list.path, lazy: messagesRoute.outbox },
          { path: paths.outbox.detail.path, lazy: messagesRoute.message },
          { path: paths.renewals.path, lazy: messagesRoute.renewals },
          { path: paths.templates.path, element: <TemplatesRoute /> },
          { path: paths.account.path, element: <AccountRoute /> },
          {
            element: <AdminOnly />,
            children: [
              { path: paths.staff.path, element: <StaffRoute /> },
              { path: paths.audit.path, element: <AuditRoute /> },
              { path: paths.signingKeys.path, element: <SigningKeysRoute /> },
              { path: paths.branding.path, element: <BrandingRoute /> },
              { path: paths.imports.list.path, element: <ImportsRoute /> },
              { path: paths.imports.detail.path, element: <ImportRoute /> },
              { path: paths.exports.path, element: <ExportsRoute /> },
              { path: paths.reports.path, lazy: reportsRoute },
              { path: paths.partners.new.path, lazy: partnersRoute.new },
              { path: paths.partners.edit.path, lazy: partnersRoute.edit },
              { path: paths.partners.statistics.path, lazy: partnersRoute.statistics },
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
