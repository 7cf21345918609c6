// Performance marks for the time to first card: each build's entry marks the start of the
// script, the first <summit-cards> to paint its cards marks the end. Read the measure with
// performance.getEntriesByName('summit-cards:time-to-first-card').

export const PERF_START = 'summit-cards:start';
export const PERF_FIRST_CARD = 'summit-cards:first-card';
export const PERF_MEASURE = 'summit-cards:time-to-first-card';

const canMark = typeof performance !== 'undefined' && typeof performance.mark === 'function';

export function markScriptStart() {
  if (canMark) performance.mark(PERF_START);
}

let firstCardMarked = false;

// Called after a widget rendered cards; marks once per page, after the frame is painted
// (a task queued from requestAnimationFrame runs once that frame has been produced).
export function markFirstCard() {
  if (firstCardMarked || !canMark) return;
  firstCardMarked = true;
  requestAnimationFrame(() => setTimeout(() => {
    performance.mark(PERF_FIRST_CARD);
    performance.measure(PERF_MEASURE, PERF_START, PERF_FIRST_CARD);
  }, 0));
}
