// Next.js or any server: render to HTML with react-dom/server. `loadwise/react` imports in Node.
import { renderToString } from 'react-dom/server';
import { App } from './App.js';

export const render = () => renderToString(<App />);
