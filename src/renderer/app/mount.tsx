// Renders the console into the page: React and the console's code, loaded by the entry
// (main.tsx) while main answers its first reads.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n/index.ts';
import { App } from './App.tsx';

export function mount(container: HTMLElement): void {
  createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
}
