// npm start: serves the demo pages from the built bundles in dist/ on http://localhost:8000/demo/.
import { demoHeaders } from './scripts/demo-headers.js';

export default {
  rootDir: '.',
  port: Number(process.env.PORT) || 8000,
  hostname: process.env.HOST || 'localhost',
  open: process.env.CI ? false : '/demo/',
  watch: false,
  nodeResolve: false,
  // The hostile page's strict CSP header, and CORS on dist/ as a CDN sends it.
  middleware: [demoHeaders],
};
