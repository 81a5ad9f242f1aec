import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/index.tsx';
import { startStaffI18n } from './app/i18n.ts';
import { restoreSession } from './lib/api-client.ts';
import './styles.css';

// Start getting a session from the refresh cookie before React draws anything.
void restoreSession();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

void startStaffI18n()
  .catch(() => undefined)
  .then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
