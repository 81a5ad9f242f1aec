import { PublicLayout } from '../../components/public-layout.tsx';

/** Something in a page failed to draw: say so plainly and offer a reload (the shell is cached, so it works offline). */
export function RouteError() {
  return (
    <PublicLayout title="Something went wrong">
      <p>This page could not be shown.</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        Reload the page
      </button>
    </PublicLayout>
  );
}
