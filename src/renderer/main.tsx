// The renderer's entry: translations first (so the first paint speaks the agent's language),
// then the styles and the React tree.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App.tsx';
import { i18n, startI18n } from './i18n/index.ts';
import './ui/theme.css';
import './ui/base.css';
import './ui/layout.css';
import './ui/components.css';
import './ui/hours.css';
import './ui/qa-review.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

startI18n().then(
  () => createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  ),
  // Without its strings the console cannot speak: say so in both languages, as plain text.
  (error: unknown) => {
    container.textContent = `Atiende no pudo cargar sus textos / could not load its texts: ${String(error)}`;
  },
);
