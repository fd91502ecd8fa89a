// Type fixture for scripts/lint-package.js: `loadwise/jsx` types the four tags in React 19's JSX,
// their properties and their events (`onloadwise-…`).
import type {} from 'loadwise/jsx';
import type { Cta, LoadwiseCompleteEvent, LoadwiseSelectEvent } from 'loadwise';

const ctas: Cta[] = [{ id: 'shop', label: 'Shop ankle weights', href: 'https://shop.example/ankle-weights', kind: 'commerce', verdicts: ['ready'] }];

export const app = (
  <loadwise-provider theme="dark" group="article" locale="de" units="metric">
    <loadwise-quiz
      className="quiz"
      ctas={ctas}
      answers={{ activity: 'running' }}
      persist={false}
      heading-level={3}
      onloadwise-answer={(event) => event.detail.questionId}
      onloadwise-complete={(event: LoadwiseCompleteEvent) => event.detail.verdict}
      onloadwise-cta={(event) => event.detail.href}
    />
    <loadwise-pros-cons layout="list" open faq="off" claims="a,b" />
    <loadwise-alternatives goals="endurance" ctas={JSON.stringify(ctas)} onloadwise-select={(event) => event.detail.alternativeId} />
  </loadwise-provider>
);

// @ts-expect-error: `sepia` is not a theme.
export const wrongTheme = <loadwise-quiz theme="sepia" />;
// @ts-expect-error: loadwise-complete carries a LoadwiseCompleteEvent, not a LoadwiseSelectEvent.
export const wrongEvent = <loadwise-quiz onloadwise-complete={(event: LoadwiseSelectEvent) => event.detail.alternativeId} />;
// (A hyphenated attribute that no type declares, such as `onloadwise-select` on the quiz, is
// allowed by TypeScript's JSX rules, so it cannot be refused here.)
// @ts-expect-error: ctas is a list of calls to action or its JSON, not a number.
export const wrongCtas = <loadwise-alternatives ctas={3} />;
