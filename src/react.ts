'use client';
/**
 * `loadwise/react`: React components for the four elements, made with `@lit/react`. Importing this
 * module defines the elements (as `loadwise/define` does). The components set `ctas`, `answers`,
 * `persist` and every other property of the element as properties, after React has rendered and
 * again after hydration, and bind the event props to the elements' events:
 *
 * - `onAnswer` → `loadwise-answer` (`LoadwiseAnswerEvent`)
 * - `onComplete` → `loadwise-complete` (`LoadwiseCompleteEvent`)
 * - `onSelect` → `loadwise-select` (`LoadwiseSelectEvent`)
 * - `onCta` → `loadwise-cta` (`LoadwiseCtaEvent`)
 *
 * Under server rendering (react-dom/server, Next.js) the components render the bare tag with its
 * plain attributes; the properties and listeners arrive in the browser. Works with React 18 and 19.
 * Not part of any CDN bundle.
 */
import React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { LoadwiseProvider } from './elements/provider/provider.js';
import { LoadwiseQuiz } from './elements/quiz/quiz.js';
import { LoadwiseProsCons } from './elements/pros-cons/pros-cons.js';
import { LoadwiseAlternatives } from './elements/alternatives/alternatives.js';
import type { LoadwiseAnswerEvent, LoadwiseCompleteEvent, LoadwiseCtaEvent, LoadwiseSelectEvent } from './events/events.js';

const onAnswer = 'loadwise-answer' as EventName<LoadwiseAnswerEvent>;
const onComplete = 'loadwise-complete' as EventName<LoadwiseCompleteEvent>;
const onSelect = 'loadwise-select' as EventName<LoadwiseSelectEvent>;
const onCta = 'loadwise-cta' as EventName<LoadwiseCtaEvent>;

/** `<loadwise-provider>`: shared `locale`, `theme`, `group` and `content` for the widgets inside it. */
export const Provider = createComponent({
  react: React,
  tagName: 'loadwise-provider',
  elementClass: LoadwiseProvider,
  displayName: 'LoadwiseProvider',
});

/** `<loadwise-quiz>`, with `onAnswer`, `onComplete` and `onCta`. */
export const Quiz = createComponent({
  react: React,
  tagName: 'loadwise-quiz',
  elementClass: LoadwiseQuiz,
  events: { onAnswer, onComplete, onCta },
  displayName: 'LoadwiseQuiz',
});

/** `<loadwise-pros-cons>`. */
export const ProsCons = createComponent({
  react: React,
  tagName: 'loadwise-pros-cons',
  elementClass: LoadwiseProsCons,
  displayName: 'LoadwiseProsCons',
});

/** `<loadwise-alternatives>`, with `onSelect` and `onCta`. */
export const Alternatives = createComponent({
  react: React,
  tagName: 'loadwise-alternatives',
  elementClass: LoadwiseAlternatives,
  events: { onSelect, onCta },
  displayName: 'LoadwiseAlternatives',
});

export type { LoadwiseAnswerEvent, LoadwiseCompleteEvent, LoadwiseCtaEvent, LoadwiseSelectEvent } from './events/events.js';
export type { Cta } from './core.js';
