import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Quiz, type Cta } from 'loadwise/react';

const ctas: Cta[] = [{ id: 'shop', label: 'Shop ankle weights', href: 'https://shop.example/ankle-weights', kind: 'commerce', verdicts: ['ready'] }];
const answers = { activity: 'running', ageBand: '18-44', runFrequency: 'regular', weightedBefore: 'without-issues' } as const;

function App() {
  const [events, setEvents] = useState<string[]>([]);
  const log = (line: string) => setEvents((seen) => [...seen, line]);
  return (
    <main>
      {/* persist={false} is a property: nothing goes to sessionStorage. */}
      <Quiz
        group="article"
        persist={false}
        ctas={ctas}
        answers={answers}
        onComplete={(event) => log(`complete: ${event.detail.verdict}`)}
        onCta={(event) => log(`cta: ${event.detail.ctaId}`)}
      />
      <output id="events">{events.join('\n')}</output>
    </main>
  );
}

createRoot(document.getElementById('app')!).render(<App />);
