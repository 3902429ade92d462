import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { api } from './lib/api';
import { createErrorReporter, reportUncaughtErrors } from './lib/error-reporting';

const report = createErrorReporter((error) => api.app.reportError(error));
reportUncaughtErrors(window, report);

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root, {
  // Errors a boundary caught (the router's among them) are logged too, with the component.
  onCaughtError: (error, info) => {
    console.error(error);
    report('render', error, info.componentStack);
  },
}).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
