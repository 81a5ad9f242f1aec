import { createBrowserRouter, RouterProvider } from 'react-router';
import { paths } from '../config/paths.ts';
import { AdminOnly } from './routes/admin-only.tsx';
import { AppRoot } from './routes/app-root.tsx';
import { AuditRoute } from './routes/audit.tsx';
import { HomeRoute } from './routes/home.tsx';
import { LoginRoute } from './routes/login.tsx';
import { NotFoundRoute } from './routes/not-found.tsx';
import { RouteError } from './routes/route-error.tsx';
import { SetPasswordRoute } from './routes/set-password.tsx';
import { SetupRoute } from './routes/setup.tsx';
import { StaffRoute } from './routes/staff.tsx';

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
          {
            element: <AdminOnly />,
            children: [
              { path: paths.staff.path, element: <StaffRoute /> },
              { path: paths.audit.path, element: <AuditRoute /> },
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
