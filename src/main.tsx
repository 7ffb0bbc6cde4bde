import { createRoot } from 'react-dom/client';
import { App } from './app/app';

// No <StrictMode>: EUI does not support it.
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(<App />);
