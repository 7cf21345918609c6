// Types of the summit-cards package: the functions, the <summit-cards> element and its events.
// The report itself is described by report.d.ts, generated from the extractor's Rust source.

import type { Report, Span } from './report.js';

export type * from './report.js';

/** Options of `extract`. */
export interface ExtractOptions {
  /** Publication date, `YYYY-MM-DD` (or an ISO timestamp), to resolve "this Wednesday". */
  publishedAt?: string | null;
  /** Language of the text: `"en"` (or a locale tag such as `"en-GB"`, read as its language), or `"auto"` (the default) to detect it. */
  lang?: string | null;
  /** Largest text accepted, in UTF-8 bytes (default 2 MB). */
  maxBytes?: number | null;
}

/** Where the WebAssembly module comes from: its address, a fetch response, its bytes or the compiled module. */
export type WasmInput = string | URL | Response | BufferSource | WebAssembly.Module;

/**
 * Loads the extractor; `<summit-cards>` calls it by itself. Without `input`, fetches
 * `summit_cards_bg.wasm` from next to this module. Later calls return the first call's promise,
 * unless it failed to download: then the next call tries again. Rejects with a
 * `SummitCardsLoadError`, or a `TypeError` for an `input` that is none of the above.
 */
export function init(input?: WasmInput | Promise<WasmInput>): Promise<void>;

/**
 * Reads an article and returns its summit report. Needs `init()` first. Throws an `Error`
 * with a readable message for bad input (not a string, an empty text, a bad date or option).
 */
export function extract(text: string, options?: ExtractOptions): Report;

/** The extractor's version. Needs `init()` first. */
export function version(): string;

/** Why the extractor could not be loaded. */
export type SummitCardsLoadFailure =
  | 'csp' | 'file-protocol' | 'network' | 'http-status' | 'not-wasm' | 'invalid-wasm' | 'unsupported' | 'unknown';

/** A failure to load the extractor: `message` says what happened, `hint` what to do. */
export class SummitCardsLoadError extends Error {
  readonly reason: SummitCardsLoadFailure;
  readonly hint: string;
}

/** `<summit-cards>`: the summit, its participants and its agenda, read from an article. */
export interface SummitCardsElement extends HTMLElement {
  /** The article text, when given directly; wins over `source` and a child `<template>`. */
  text: string | null;
  /** The `published` attribute: publication date, `YYYY-MM-DD` or an ISO timestamp. */
  published: string | null;
  /** The `source` attribute: CSS selector of the page element holding the article. */
  source: string | null;
  /** The `exclude` attribute: CSS selector of more parts of the source element to leave out. */
  exclude: string | null;
  /** The report behind the cards shown, or null. */
  readonly report: Report | null;
  /**
   * Reads the article again and extracts even if it did not change, after loading the
   * extractor again if its load failed; resolves to the report (null when there are no cards).
   */
  refresh(): Promise<Report | null>;
}

/** The element's class; `undefined` where there is no DOM (in Node, use `init` and `extract`). */
export const SummitCardsElement: { prototype: SummitCardsElement; new (): SummitCardsElement } | undefined;

/** Detail of `summit-cards-render`, fired after each render of the cards. */
export interface SummitCardsRenderDetail {
  report: Report;
  /** Time spent in the extractor, in milliseconds. */
  extractMs: number;
}

/** Detail of `summit-cards-error`: the extractor could not load or could not read the text. */
export interface SummitCardsErrorDetail {
  error: Error;
  stage: 'load' | 'extract';
}

/**
 * Detail of `summit-cards-evidence`, fired when the reader points at an item of the cards
 * (`spans` in the article text) or leaves it (`key` and `spans` null). Cancel the event to keep
 * the element from highlighting the article itself.
 */
export interface SummitCardsEvidenceDetail {
  key: string | null;
  spans: Span[] | null;
  label: string | null;
  /** True when the reader activated the item (click, Enter): scroll the text to it. */
  reveal: boolean;
}

/** The element's events, which bubble and cross shadow roots up to the document and window. */
export interface SummitCardsEventMap {
  'summit-cards-render': CustomEvent<SummitCardsRenderDetail>;
  'summit-cards-error': CustomEvent<SummitCardsErrorDetail>;
  'summit-cards-evidence': CustomEvent<SummitCardsEvidenceDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'summit-cards': SummitCardsElement;
  }
  interface HTMLElementEventMap extends SummitCardsEventMap {}
  interface DocumentEventMap extends SummitCardsEventMap {}
  interface WindowEventMap extends SummitCardsEventMap {}
}
