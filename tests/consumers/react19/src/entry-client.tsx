// The browser: hydrate the server's HTML. The wrappers set `ctas` and `answers` and bind the
// event props after hydration.
import { hydrateRoot } from 'react-dom/client';
import { App } from './App.js';

hydrateRoot(document.getElementById('app')!, <App />);
