import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadFirstScreenIcons } from './app/icon-cache';

// No <StrictMode>: EUI does not support it.
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
preloadFirstScreenIcons();
createRoot(container).render(<App />);
