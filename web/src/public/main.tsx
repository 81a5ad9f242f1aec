import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/index.tsx';
import { registerServiceWorker } from './app/service-worker.ts';
import { startPublicI18n } from './i18n.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('public.html has no #root element');

// The page's language is known before anything is drawn (English is bundled; another language is one small chunk).
void startPublicI18n()
  .catch(() => undefined)
  .then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );

registerServiceWorker();
