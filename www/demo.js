// The demo page: a sample picker, an editable article and <summit-cards> following it.
// A classic script (not a module) so that the page also works when opened from disk.
(function () {
  'use strict';

  // Typing fires an input event per key; extracting once the typist pauses keeps the page
  // responsive while the cards still feel live.
  const TYPING_PAUSE_MS = 300;

  const samples = globalThis.SUMMIT_CARDS_SAMPLES ?? [];
  const picker = document.getElementById('sample');
  const published = document.getElementById('published');
  const article = document.getElementById('article');
  const backdrop = document.getElementById('backdrop');
  const cards = document.getElementById('cards');
  const jsonToggle = document.getElementById('json-toggle');
  const json = document.getElementById('json');
  const timing = document.getElementById('timing');
  const version = document.getElementById('version');

  let typingTimer = 0;

  function showArticle() {
    cards.published = published.value || null;
    cards.text = article.value;
  }

  function loadSample(id) {
    const sample = samples.find((candidate) => candidate.id === id) ?? samples[0];
    if (!sample) return;
    picker.value = sample.id;
    // The article's language, for screen readers and for the widget's messages before it has
    // read the text (a Spanish article: "Leyendo el artículo…").
    article.lang = sample.lang;
    cards.lang = sample.lang;
    article.value = sample.text;
    published.value = sample.published;
    article.scrollTop = 0;
    paintEvidence(null);
    showArticle();
  }

  for (const sample of samples) {
    const option = document.createElement('option');
    option.value = sample.id;
    option.textContent = sample.title;
    option.lang = sample.lang;
    picker.appendChild(option);
  }

  picker.addEventListener('change', () => {
    // The address remembers the sample, so a link (or a reload) opens the same one.
    history.replaceState(null, '', `#${picker.value}`);
    loadSample(picker.value);
  });
  published.addEventListener('change', showArticle);
  article.addEventListener('input', () => {
    paintEvidence(null);
    clearTimeout(typingTimer);
    typingTimer = setTimeout(showArticle, TYPING_PAUSE_MS);
  });
  article.addEventListener('scroll', () => {
    backdrop.scrollTop = article.scrollTop;
  });

  jsonToggle.addEventListener('click', () => {
    const show = jsonToggle.getAttribute('aria-pressed') !== 'true';
    jsonToggle.setAttribute('aria-pressed', String(show));
    json.hidden = !show;
  });

  cards.addEventListener('summit-cards-render', (event) => {
    const { report, extractMs } = event.detail;
    json.textContent = JSON.stringify(report, null, 2);
    timing.textContent = `Extracted in ${Math.max(1, Math.round(extractMs))} ms`;
  });
  cards.addEventListener('summit-cards-error', (event) => {
    json.textContent = String(event.detail.error.message);
    timing.textContent = '';
  });

  // The element announces the evidence of the item the reader points at; the demo shows it in
  // the editor, with marks in a layer behind the transparent textarea (a textarea cannot
  // highlight its own text).
  cards.addEventListener('summit-cards-evidence', (event) => {
    paintEvidence(event.detail.spans, event.detail.reveal);
  });

  function paintEvidence(spans, reveal) {
    const text = article.value;
    backdrop.replaceChildren();
    if (!spans || !spans.length) return;
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    let at = 0;
    let first = null;
    for (const span of sorted) {
      const start = Math.max(span.start, at);
      if (span.end <= start) continue;
      backdrop.appendChild(document.createTextNode(text.slice(at, start)));
      const mark = document.createElement('mark');
      mark.textContent = text.slice(start, span.end);
      backdrop.appendChild(mark);
      first ??= mark;
      at = span.end;
    }
    // A trailing newline has no height of its own in the layer: a space keeps both in step.
    backdrop.appendChild(document.createTextNode(`${text.slice(at)} `));
    if (first && reveal) article.scrollTop = Math.max(0, first.offsetTop - article.clientHeight / 3);
    backdrop.scrollTop = article.scrollTop;
  }

  if (!globalThis.SummitCards) {
    version.textContent = 'pkg/summit-cards.standalone.js did not load: build it with scripts/build-web.sh.';
    return;
  }
  globalThis.SummitCards.init().then(() => {
    version.textContent = `Extractor ${globalThis.SummitCards.version()}`;
  }, (error) => {
    version.textContent = `The extractor could not load: ${error.message}`;
  });

  loadSample(decodeURIComponent(location.hash.slice(1)));
})();
