import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/index.tsx';
import { registerServiceWorker } from './app/service-worker.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('public.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerServiceWorker();
