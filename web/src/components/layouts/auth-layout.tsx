import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../i18n/language-switch.tsx';
import { PRODUCT_NAME } from '../ui/page.tsx';

/** The frame of the pages used before signing in: sign-in, first setup, set password. */
export function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="auth-layout">
      <header className="auth-layout__brand">
        <span className="brand-mark" aria-hidden="true">
          YC
        </span>
        <span className="brand-name">{PRODUCT_NAME}</span>
      </header>
      {/* Before signing in too: the sign-in page itself in the language chosen. */}
      <LanguageSwitch className="language-switch language-switch--auth" />
      <main className="auth-layout__card" id="main">
        {children}
      </main>
    </div>
  );
}
