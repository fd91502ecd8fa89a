import { config } from 'zod/mini';

// zod builds a fast object parser with `new Function` and probes for that ability when a schema is
// created. Under a host page's strict CSP the probe alone reports a violation, so the core never
// asks: it must run on any page (DESIGN §4). Imported before any schema is built.
config({ jitless: true });
