// <summit-cards>: reads an article from the page (or from its text property or attribute, or
// a child <template>), runs the extractor and shows the summit, its participants and its agenda
// in a shadow root, pointing back at the evidence in the article.

import { readText } from './text-source.js';
import { EvidenceHighlighter } from './highlight.js';
import { renderReport, renderState } from './render.js';
import { messagesFor } from './messages/messages.js';
import { elementStyleSheet } from './styles.js';
import { loadEngine, readyEngine, extractOffMainThread, OFF_THREAD_CHARS } from './engine.js';
import { markFirstCard } from './perf.js';

// How long edits of the article must pause before it is read again.
const EDIT_SETTLE_MS = 250;
// How long a single-page app may take to put the article in the page before the element says
// it is not there (the element keeps watching after that).
const SOURCE_WAIT_MS = 5000;
// A single-page app often shows a "Loading…" skeleton where the article will be: an article
// without a summit found this soon after its element appeared is shown once this has passed,
// so that the skeleton does not flash "No summit in this article".
const SKELETON_GRACE_MS = 1000;
// The extractor's default limit (2 MB of UTF-8); a text longer in UTF-16 units is longer in
// bytes, so reading stops there.
const MAX_CHARS = 2 * 1024 * 1024;
// Attributes that can hide or show part of the article, or say it is still loading. Not
// style: a script animating an element of the article would never let its edits settle.
const WATCHED_ATTRIBUTES = ['aria-busy', 'class', 'hidden'];

function emit(target, type, detail) {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: true }));
}

function prefersReducedMotion() {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

// The publication date for the extractor, YYYY-MM-DD, or null when there is none it can use.
// A date with a month's name that the browser reads ("Thu, 06 Apr 2023 10:12:00 GMT", "April
// 6, 2023") is the day it names; numeric forms other than ISO 8601 (06/04/2023) are day-first
// or month-first by country, so they are not guessed at.
function publicationDay(value) {
  const iso = /^\d{4}-\d\d-\d\d(?=[Tt ]|$)/.exec(value)?.[0];
  const time = Date.parse(iso ?? (/[a-z]{3}/i.test(value) ? value : ''));
  if (!Number.isFinite(time)) return null;
  // A date alone and a GMT time are read as UTC, anything else as the reader's local time.
  const day = new Date(iso || /(GMT|UTC|Z)$/i.test(value) ? time : time - new Date(time).getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  // "2023-02-30" is read as 2 March.
  return !iso || day === iso ? day : null;
}

// Defines <summit-cards> and returns its class; undefined where there is no DOM (Node, to call
// extract), which is why the class is only created here and not at the top level.
// `startEngineNow`: given by a build that can start the extractor synchronously (the single-file
// build: engine.js's startEngineNow), so that the module build carries no such code.
export function defineSummitCards(startEngineNow = null) {
  if (typeof HTMLElement === 'undefined' || typeof customElements === 'undefined') return undefined;
  // Both builds on one page (the module and the single file): the first one defines the element.
  const defined = customElements.get('summit-cards');
  if (defined) return defined;
  const element = createSummitCardsElement(startEngineNow);
  // Properties that reflect attributes: null when absent, and null removes the attribute.
  for (const name of ['source', 'published', 'exclude']) {
    Object.defineProperty(element.prototype, name, {
      get() {
        return this.getAttribute(name);
      },
      set(value) {
        if (value === null || value === undefined) this.removeAttribute(name);
        else this.setAttribute(name, value);
      },
    });
  }
  customElements.define('summit-cards', element);
  return element;
}

function createSummitCardsElement(startEngineNow) {
  return class SummitCardsElement extends HTMLElement {
    static observedAttributes = ['source', 'text', 'published', 'exclude', 'layout', 'heading-level', 'evidence'];

    #root;
    #textProperty = null;
    #timer = 0;
    // Bumped to cancel an update queued as a microtask (see #schedule).
    #queued = 0;
    #inputKey = null;
    #report = null;
    #origin = null;
    #sourceElement = null;
    // When the source element was found: see SKELETON_GRACE_MS.
    #sourceFoundAt = 0;
    // Since when no element matches source (null while one does).
    #missingSince = null;
    #observer;
    #warnedDate = null;
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
      // The page, while the article comes from it: a single-page app replacing or creating
      // the article's element is followed at once; edits inside the article (a live blog, a CMS
      // preview) come in bursts, and are extracted once they settle.
      this.#observer = new MutationObserver((records) => {
        if (this.#sourceElement !== this.#findSource()) this.#schedule(0);
        else if (records.some((record) => this.#sourceElement?.contains(record.target))) this.#schedule(EDIT_SETTLE_MS);
      });
      shadow.addEventListener('pointerover', (event) => this.#point(event.target));
      this.addEventListener('pointerleave', () => this.#point(null));
      shadow.addEventListener('focusin', (event) => this.#focus(event.target));
      shadow.addEventListener('focusout', () => this.#focus(null));
      shadow.addEventListener('click', (event) => this.#reveal(event.target));
      // A page that set properties before the element was defined (the module build is
      // deferred) set them on the plain element, where they hide the accessors: take them over.
      for (const name of ['text', 'source', 'published', 'exclude']) {
        if (!Object.hasOwn(this, name)) continue;
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }

    connectedCallback() {
      // A build that can start the extractor at once (the single-file build) does, so that
      // the first update below draws the cards before the page is first painted.
      if (!readyEngine() && !startEngineNow?.()) {
        this.#showState({ title: 'reading', busy: true });
        // Fetch and compile the extractor now rather than at the first update. In a
        // microtask, so the build's script has finished defining what the loader uses;
        // #update reports a failure.
        queueMicrotask(() => loadEngine().catch(() => {}));
      }
      this.#schedule(0);
    }

    disconnectedCallback() {
      this.#cancel();
      this.#watch(null, false);
      this.#highlighter.clear();
      this.#shown = null;
    }

    attributeChangedCallback(name, previous, value) {
      if (previous === value || !this.isConnected) return;
      if (name === 'layout' || name === 'heading-level' || name === 'evidence') {
        if (this.#report) this.#render();
      } else {
        if (name === 'source') this.#missingSince = null;
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

    // The report behind the cards shown, or null.
    get report() {
      return this.#report;
    }

    // Reads the article again and extracts even if it did not change (and loads the extractor
    // again after a failed load); resolves to the report.
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

    // The element the source attribute points at, or null; undefined for a selector that is
    // not one.
    #findSource() {
      try {
        return this.getRootNode().querySelector(this.getAttribute('source'));
      } catch {
        return undefined;
      }
    }

    #readOptions() {
      return { exclude: this.getAttribute('exclude'), limit: MAX_CHARS };
    }

    // The text to read and where it comes from.
    #readInput() {
      if (this.#textProperty !== null) return { text: this.#textProperty, origin: 'property' };
      if (this.hasAttribute('text')) return { text: this.getAttribute('text'), origin: 'attribute' };
      const selector = this.getAttribute('source');
      if (selector !== null) {
        const element = this.#findSource();
        if (element === undefined) {
          return { problem: { title: 'notFound', lines: [['badSource', { selector }]], error: true } };
        }
        if (!element) {
          // A sidebar widget can come before the article in the page, and a single-page app
          // can put the article in after the widget: the page is watched for it (see #watch),
          // and after a while the element says it is not there.
          const waited = performance.now() - (this.#missingSince ??= performance.now());
          if (waited < SOURCE_WAIT_MS) {
            this.#timer = setTimeout(() => this.#update(), SOURCE_WAIT_MS - waited);
            return { waiting: true, problem: { title: 'reading', busy: true } };
          }
          return { waiting: true, problem: { title: 'notFound', lines: [['noSource', { selector }]], error: true } };
        }
        this.#missingSince = null;
        if (element !== this.#sourceElement) this.#sourceFoundAt = performance.now();
        if (element.getAttribute('aria-busy') === 'true') return { element, problem: { title: 'reading', busy: true } };
        return { ...readText(element, this.#readOptions()), origin: 'source', element };
      }
      const template = [...this.children].find((child) => child.localName === 'template');
      if (template) return { ...readText(template.content, this.#readOptions()), origin: 'template' };
      return { problem: { title: 'noArticle', lines: [['howToPoint']] } };
    }

    // The publication date: the published attribute, else the page's article:published_time;
    // null when there is none, or none the extractor can use (it then reports relative dates
    // as unresolved, rather than no cards at all).
    #publishedDate() {
      let value = this.getAttribute('published');
      if (value === null) value = document.querySelector('meta[property="article:published_time"]')?.getAttribute('content') ?? null;
      value = value?.trim() || null;
      const day = value && publicationDay(value);
      if (value && !day && this.#warnedDate !== value) {
        this.#warnedDate = value;
        console.warn(`summit-cards: cannot read the publication date "${value}" (write YYYY-MM-DD); relative dates stay unresolved.`);
      }
      return day || null;
    }

    // Keeps the source element, and watches the page while the article comes from it (`page`).
    #watch(element, page) {
      this.#sourceElement = element;
      this.#observer.disconnect();
      if (page) this.#observer.observe(this.getRootNode(), { childList: true, subtree: true, characterData: true, attributeFilter: WATCHED_ATTRIBUTES });
    }

    async #update() {
      if (!this.isConnected) return this.#report;
      let input;
      try {
        input = this.#readInput();
      } catch (error) {
        // The browser's message names the exclude selector that is not one.
        input = { problem: { title: 'notRead', lines: [error.message], error: true } };
      }
      this.#watch(input.element ?? null, Boolean(input.element || input.waiting));
      if (input.tooLong) {
        input.problem = { title: 'unreadable', lines: [['tooLong', { size: MAX_CHARS / 1048576 }]], error: true };
      }
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
        this.#showState({ title: 'waiting', lines: [['empty']] });
        return null;
      }
      let engine = readyEngine();
      if (!engine) {
        try {
          engine = await loadEngine();
        } catch (error) {
          this.#report = null;
          this.#showState({ title: 'notLoaded', lines: error.reason ? this.#messages().loadFailure(error) : [error.message], details: String(error.cause ?? error), error: true });
          emit(this, 'summit-cards-error', { error, stage: 'load' });
          return null;
        }
        // The article or the attributes may have changed while the engine loaded.
        return this.#update();
      }
      this.#inputKey = key;
      const started = performance.now();
      const options = { publishedAt: published };
      // A long text is extracted off the main thread; an update that read another text in the
      // meantime (an edit, a new article) then wins over this one.
      let report;
      try {
        report = input.text.length < OFF_THREAD_CHARS ? engine.extract(input.text, options) : await extractOffMainThread(input.text, options);
      } catch (error) {
        if (key !== this.#inputKey) return this.#report;
        this.#report = null;
        // A trap of the WebAssembly is explained by the widget; other errors are the extractor's.
        this.#showState({ title: 'unreadable', lines: [error.cause instanceof WebAssembly.RuntimeError ? ['crashed'] : error.message], error: true });
        emit(this, 'summit-cards-error', { error, stage: 'extract' });
        return null;
      }
      if (key !== this.#inputKey || !this.isConnected) return this.#report;
      const extractMs = performance.now() - started;
      if (report.event.kind === 'other' && input.origin === 'source') {
        const grace = this.#sourceFoundAt + SKELETON_GRACE_MS - performance.now();
        if (grace > 0) {
          this.#inputKey = null;
          this.#showState({ title: 'reading', busy: true });
          this.#timer = setTimeout(() => this.#update(), grace);
          return null;
        }
      }
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

    // The messages in the element's language: the report's when there is one, else the lang
    // attribute's or the page's (English where the widget has no table for it).
    #messages() {
      return messagesFor(this.#report?.lang ?? (this.lang || document.documentElement.lang));
    }

    // Shows a state instead of cards (see renderState).
    #showState(state) {
      this.#clearEvidence();
      this.#evidence = new Map();
      if (state.busy) this.#root.setAttribute('aria-busy', 'true');
      else this.#root.removeAttribute('aria-busy');
      this.#root.replaceChildren(renderState({ ...state, headingLevel: this.getAttribute('heading-level') }, this.#messages()));
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
      const { text, pieces } = readText(this.#sourceElement, this.#readOptions());
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
