import { useState } from 'react';
import { Quiz, type Cta, type LoadwiseCompleteEvent, type LoadwiseCtaEvent } from 'loadwise/react';

const ctas: Cta[] = [{ id: 'shop', label: 'Shop ankle weights', href: 'https://shop.example/ankle-weights', kind: 'commerce', verdicts: ['ready'] }];
// What the page already knows about its readers: these questions are skipped.
const answers = { activity: 'running', ageBand: '18-44', runFrequency: 'regular', weightedBefore: 'without-issues' } as const;

export function App() {
  const [events, setEvents] = useState<string[]>([]);
  const log = (line: string) => setEvents((seen) => [...seen, line]);
  return (
    <main>
      <Quiz
        group="article"
        ctas={ctas}
        answers={answers}
        onComplete={(event: LoadwiseCompleteEvent) => log(`complete: ${event.detail.verdict}`)}
        onCta={(event: LoadwiseCtaEvent) => log(`cta: ${event.detail.ctaId}`)}
      />
      <output id="events">{events.join('\n')}</output>
    </main>
  );
}
