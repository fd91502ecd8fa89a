import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Alternatives, Provider, Quiz, type Cta } from 'loadwise/react';

const ctas: Cta[] = [{ id: 'shop', label: 'Shop ankle weights', href: 'https://shop.example/ankle-weights', kind: 'commerce', verdicts: ['ready'] }];
const answers = { activity: 'running', ageBand: '18-44', runFrequency: 'regular', weightedBefore: 'without-issues' } as const;

function App() {
  const [events, setEvents] = useState<string[]>([]);
  const log = (line: string) => setEvents((seen) => [...seen, line]);
  return (
    <Provider group="article" theme="light">
      {/* persist={false} is a property: nothing goes to sessionStorage. */}
      <Quiz
        persist={false}
        ctas={ctas}
        answers={answers}
        onComplete={(event) => log(`complete: ${event.detail.verdict}`)}
        onCta={(event) => log(`cta: ${event.detail.ctaId}`)}
      />
      <Alternatives onSelect={(event) => log(`select: ${event.detail.alternativeId}`)} />
      <output id="events">{events.join('\n')}</output>
    </Provider>
  );
}

createRoot(document.getElementById('app')!).render(<App />);
