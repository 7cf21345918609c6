// <summit-cards>: reads an article from the page (or from its text property or attribute, or
// a child <template>), runs the extractor and shows the summit, its participants and its agenda
// in a shadow root, pointing back at the evidence in the article.

import { readText } from './text-source.js';
import { EvidenceHighlighter } from './highlight.js';
import { renderReport, renderState } from './render.js';
import { elementStyleSheet } from './styles.js';
import { loadEngine, readyEngine, startEngineNow } from './engine.js';
import { markFirstCard } from './perf.js';

// Edits of the article (a CMS preview, a live blog) come in bursts; extract once they settle.
const EDIT_SETTLE_MS = 250;

function emit(target, type, detail) {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: true }));
}

function prefersReducedMotion() {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

// Defines <summit-cards> and returns its class; undefined where there is no DOM (Node, to call
// extract), which is why the class is only created here and not at the top level.
export function defineSummitCards() {
  if (typeof HTMLElement === 'undefined' || typeof customElements === 'undefined') return undefined;
  // Both builds on one page (the module and the single file): the first one defines the element.
  const defined = customElements.get('summit-cards');
  if (defined) return defined;
  const element = createSummitCardsElement();
  customElements.define('summit-cards', element);
  return element;
}

function createSummitCardsElement() {
  return class SummitCardsElement extends HTMLElement {
    static observedAttributes = ['source', 'text', 'published', 'layout', 'heading-level', 'evidence'];

    #root;
    #textProperty = null;
    #timer = 0;
    // Bumped to cancel an update queued as a microtask (see #schedule).
    #queued = 0;
    #inputKey = null;
    #report = null;
    #origin = null;
    #sourceElement = null;
    #observer = null;
    #evidence = new Map();
    #highlighter = new EvidenceHighlighter();
    #hovered = null;
    #focused = null;
    #shown = null;

    constructor() {
      super();
      const shadow = this.attachShadow({ mode: 'open' });
      shadow.adoptedStyleSheets = [elementStyleSheet()];
      this.#root = document.createElement('div');
      this.#root.className = 'root';
      shadow.appendChild(this.#root);
      this.#observer = new MutationObserver(() => this.#schedule(EDIT_SETTLE_MS));
      shadow.addEventListener('pointerover', (event) => this.#point(event.target));
      this.addEventListener('pointerleave', () => this.#point(null));
      shadow.addEventListener('focusin', (event) => this.#focus(event.target));
      shadow.addEventListener('focusout', () => this.#focus(null));
      shadow.addEventListener('click', (event) => this.#reveal(event.target));
    }

    connectedCallback() {
      // A build that can start the extractor at once (the single-file build) does, so that
      // the first update below draws the cards before the page is first painted.
      if (!readyEngine() && !startEngineNow()) {
        this.#showState({ title: 'Reading the article…', busy: true });
        // Fetch and compile the extractor now rather than at the first update. In a
        // microtask, so the build's script has finished defining what the loader uses;
        // #update reports a failure.
        queueMicrotask(() => loadEngine().catch(() => {}));
      }
      this.#schedule(0);
    }

    disconnectedCallback() {
      this.#cancel();
      this.#observe(null);
      this.#highlighter.clear();
      this.#shown = null;
    }

    attributeChangedCallback(name, previous, value) {
      if (previous === value || !this.isConnected) return;
      if (name === 'layout' || name === 'heading-level' || name === 'evidence') {
        if (this.#report) this.#render();
      } else {
        this.#schedule(0);
      }
    }

    // The article text, when given directly; it wins over the text attribute, the source
    // element and a child <template>. Set it to null to read from those again.
    get text() {
      return this.#textProperty ?? this.getAttribute('text');
    }

    set text(value) {
      this.#textProperty = value === null || value === undefined ? null : String(value);
      this.#schedule(0);
    }

    get published() {
      return this.getAttribute('published');
    }

    set published(value) {
      if (value === null || value === undefined) this.removeAttribute('published');
      else this.setAttribute('published', String(value));
    }

    get source() {
      return this.getAttribute('source');
    }

    set source(value) {
      if (value === null || value === undefined) this.removeAttribute('source');
      else this.setAttribute('source', String(value));
    }

    // The report behind the cards shown, or null.
    get report() {
      return this.#report;
    }

    // Reads the article again and extracts even if it did not change; resolves to the report.
    refresh() {
      this.#cancel();
      this.#inputKey = null;
      return this.#update();
    }

    // Updates after `delay` ms, or with no delay in a microtask: after every change made in
    // the same task (attributes, text), yet before the browser paints, so that cards drawn by
    // a ready extractor show in the next frame rather than the one after.
    #schedule(delay) {
      this.#cancel();
      if (delay > 0) {
        this.#timer = setTimeout(() => this.#update(), delay);
        return;
      }
      const queued = this.#queued;
      queueMicrotask(() => {
        if (queued === this.#queued) this.#update();
      });
    }

    #cancel() {
      clearTimeout(this.#timer);
      this.#queued++;
    }

    // The text to read and where it comes from.
    #readInput() {
      if (this.#textProperty !== null) return { text: this.#textProperty, origin: 'property' };
      if (this.hasAttribute('text')) return { text: this.getAttribute('text'), origin: 'attribute' };
      const selector = this.getAttribute('source');
      if (selector !== null) {
        let element;
        try {
          element = this.getRootNode().querySelector(selector);
        } catch {
          return { problem: { title: 'The article could not be found', lines: [`source="${selector}" is not a valid CSS selector.`], error: true } };
        }
        if (!element) {
          // A sidebar widget can come before the article in the page: wait for the rest of it.
          if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', () => this.#schedule(0), { once: true });
            return { problem: { title: 'Reading the article…', busy: true } };
          }
          return { problem: { title: 'The article could not be found', lines: [`No element on this page matches source="${selector}".`], error: true } };
        }
        return { text: readText(element).text, origin: 'source', element };
      }
      const template = [...this.children].find((child) => child.localName === 'template');
      if (template) return { text: readText(template.content).text, origin: 'template' };
      return {
        problem: {
          title: 'No article to read',
          lines: ['Point the element at the article with source="#article-body", or give it the text with the text attribute or property, or a child <template>.'],
        },
      };
    }

    // The publication date: the published attribute, else the page's article:published_time.
    #publishedDate() {
      const attribute = this.getAttribute('published');
      if (attribute !== null) return attribute.trim() || null;
      const meta = document.querySelector('meta[property="article:published_time"]');
      return meta?.getAttribute('content')?.trim() || null;
    }

    #observe(element) {
      if (element === this.#sourceElement) return;
      this.#observer.disconnect();
      this.#sourceElement = element;
      if (element) this.#observer.observe(element, { childList: true, subtree: true, characterData: true });
    }

    async #update() {
      if (!this.isConnected) return this.#report;
      const input = this.#readInput();
      this.#observe(input.element ?? null);
      if (input.problem) {
        this.#inputKey = null;
        this.#report = null;
        this.#showState(input.problem);
        return null;
      }
      const published = this.#publishedDate();
      const key = `${published}\u0000${input.text}`;
      if (key === this.#inputKey) return this.#report;
      if (!input.text.trim()) {
        this.#inputKey = key;
        this.#report = null;
        this.#showState({ title: 'Waiting for an article', lines: ['The article is empty.'] });
        return null;
      }
      let engine = readyEngine();
      if (!engine) {
        try {
          engine = await loadEngine();
        } catch (error) {
          this.#report = null;
          this.#showState({ title: 'Summit cards could not load', lines: [error.message, error.hint], details: String(error.cause ?? error), error: true });
          emit(this, 'summit-cards-error', { error, stage: 'load' });
          return null;
        }
        // The article or the attributes may have changed while the engine loaded.
        return this.#update();
      }
      this.#inputKey = key;
      const started = performance.now();
      let report;
      try {
        report = engine.extract(input.text, { publishedAt: published });
      } catch (error) {
        this.#report = null;
        this.#showState({ title: 'This article could not be read', lines: [error.message], error: true });
        emit(this, 'summit-cards-error', { error, stage: 'extract' });
        return null;
      }
      const extractMs = performance.now() - started;
      this.#report = report;
      this.#origin = input.origin;
      this.#render();
      emit(this, 'summit-cards-render', { report, extractMs });
      markFirstCard();
      return report;
    }

    // Evidence is shown in the page when the text is the page's (auto, the default), or only
    // announced with summit-cards-evidence events (events: the page shows the text itself, as
    // the demo's editor does), or not at all (none: plain cards).
    #evidenceMode() {
      const mode = this.getAttribute('evidence');
      return mode === 'events' || mode === 'none' ? mode : 'auto';
    }

    #render() {
      const focusedKey = this.shadowRoot.activeElement?.getAttribute('data-evidence') ?? null;
      const mode = this.#evidenceMode();
      const { tree, evidence } = renderReport(this.#report, {
        headingLevel: this.getAttribute('heading-level'),
        compact: this.getAttribute('layout') === 'compact',
        interactive: mode === 'events' || (mode === 'auto' && this.#origin === 'source'),
        version: readyEngine()?.version() ?? null,
      });
      this.#clearEvidence();
      this.#evidence = evidence;
      this.#root.removeAttribute('aria-busy');
      this.#root.replaceChildren(tree);
      // Re-rendering replaces the buttons; keep the keyboard where it was.
      if (focusedKey) this.#root.querySelector(`[data-evidence="${CSS.escape(focusedKey)}"]`)?.focus();
    }

    #showState(state) {
      this.#clearEvidence();
      this.#evidence = new Map();
      if (state.busy) this.#root.setAttribute('aria-busy', 'true');
      else this.#root.removeAttribute('aria-busy');
      this.#root.replaceChildren(renderState({ ...state, headingLevel: this.getAttribute('heading-level') }));
    }

    #keyOf(target) {
      return target?.closest?.('[data-evidence]')?.getAttribute('data-evidence') ?? null;
    }

    #point(target) {
      this.#hovered = this.#keyOf(target);
      this.#syncEvidence(false);
    }

    #focus(target) {
      this.#focused = this.#keyOf(target);
      this.#syncEvidence(false);
    }

    #reveal(target) {
      const key = this.#keyOf(target);
      if (!key) return;
      this.#shown = null;
      this.#focused = key;
      this.#syncEvidence(true);
    }

    #clearEvidence() {
      this.#highlighter.clear();
      this.#hovered = this.#focused = this.#shown = null;
    }

    // Shows the evidence of the hovered item, else of the focused one; `reveal` scrolls the
    // article to it (a click or Enter on the item).
    #syncEvidence(reveal) {
      const key = this.#hovered ?? this.#focused;
      if (key === this.#shown && !reveal) return;
      this.#shown = key;
      for (const button of this.#root.querySelectorAll('.is-active')) button.classList.remove('is-active');
      this.#highlighter.clear();
      const entry = key === null ? null : this.#evidence.get(key);
      if (!entry) {
        emit(this, 'summit-cards-evidence', { key: null, spans: null, label: null, reveal: false });
        return;
      }
      this.#root.querySelector(`[data-evidence="${CSS.escape(key)}"]`)?.classList.add('is-active');
      const proceed = emit(this, 'summit-cards-evidence', { key, spans: entry.spans, label: entry.label, reveal });
      if (!proceed || this.#evidenceMode() !== 'auto' || this.#origin !== 'source' || !this.#sourceElement) return;
      // Read the article's text nodes afresh: the page may have re-rendered them since.
      const { text, pieces } = readText(this.#sourceElement);
      if (`${this.#publishedDate()}\u0000${text}` !== this.#inputKey) return;
      const range = this.#highlighter.show(pieces, entry.spans);
      if (reveal && range) {
        const box = range.getBoundingClientRect();
        if (box.top < 0 || box.bottom > window.innerHeight) {
          const element = range.startContainer.nodeType === Node.ELEMENT_NODE ? range.startContainer : range.startContainer.parentElement;
          element?.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
        }
      }
    }
  };
}
