// A reader's action to the next paint, measured in the page (run with tab.evaluate, the CPU
// slowed 4× through CDP by measure.js): the action's click runs its handlers at once; a
// requestAnimationFrame callback then runs before the next frame's rendering, and a message
// posted from it runs right after that frame: its time minus the click's is the latency.
//
// Kinds: 'lit-next' (the bare Lit quiz's Next), 'quiz-next' (the Loadwise quiz's Next, on its
// first question screen), 'chip' (a goal chip of the picker), 'compare' (the picker's compare
// button, two alternatives ticked).

/**
 * @param {'lit-next' | 'quiz-next' | 'chip' | 'compare'} kind
 * @returns {Promise<number>} ms from the click to the next paint
 */
export async function interact(kind) {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  /** Resolves when `get` returns something, checked every frame (the page is ours: no cap). */
  const until = async (get) => {
    for (;;) {
      const value = get();
      if (value) return value;
      await frame();
    }
  };
  const shadow = (tag) => document.querySelector(tag)?.shadowRoot ?? null;
  const measure = (button) =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      const start = performance.now();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve(performance.now() - start);
      };
      button.click();
      requestAnimationFrame(() => channel.port2.postMessage(null));
    });

  if (kind === 'lit-next') {
    const root = await until(() => shadow('bare-quiz'));
    const input = await until(() => root.querySelector('input'));
    input.click();
    await frame();
    return measure(root.querySelector('button[type="submit"]'));
  }
  if (kind === 'quiz-next') {
    const quiz = document.querySelector('loadwise-quiz');
    // The screening answered (all "no"), as a host may pass it: Next is ready on the first screen.
    quiz.setAttribute(
      'answers',
      '{"heartCondition":false,"chestPain":false,"warningSymptoms":false,"dizziness":false,"chronicCondition":false,"supervisedOnly":false,"pregnant":false,"unwell":false,"loadSpike":false}',
    );
    await quiz.updateComplete;
    const root = quiz.shadowRoot;
    (await until(() => root.querySelector('button.primary'))).click();
    const next = await until(() => root.querySelector('form button.primary:not([aria-disabled])'));
    await frame();
    return measure(next);
  }
  const root = await until(() => shadow('loadwise-alternatives'));
  if (kind === 'chip') {
    const chip = await until(() => root.querySelector('button.chip'));
    await frame();
    return measure(chip);
  }
  const boxes = await until(() => {
    const found = root.querySelectorAll('.actions .check input[type="checkbox"]');
    return found.length >= 2 ? found : null;
  });
  boxes[0].click();
  boxes[1].click();
  const open = await until(() => root.querySelector('#lw-cmp-open[aria-disabled="false"]'));
  await frame();
  return measure(open);
}
