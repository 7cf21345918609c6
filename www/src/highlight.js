// Shows where a fact came from by highlighting its evidence in the host page's article.
//
// Where the CSS Custom Highlight API exists, the ranges join one named highlight styled with
// ::highlight(summit-cards-evidence), which changes nothing in the page's DOM. Elsewhere the
// text is wrapped in <mark> elements (DOM APIs only) and unwrapped again afterwards.

import { stretchesFor, rangeFor } from './text-source.js';

export const HIGHLIGHT_NAME = 'summit-cards-evidence';
const MARK_ATTRIBUTE = 'data-summit-cards-evidence';

// The highlight lives in the host document, so its style must too: one constructable sheet per
// document (allowed by a CSP without 'unsafe-inline'). A page restyles it by its own rule for
// ::highlight(summit-cards-evidence) or mark[data-summit-cards-evidence], declared after ours.
const HOST_DOCUMENT_CSS = `
::highlight(${HIGHLIGHT_NAME}) { background-color: #ffdf6b; color: #111111; }
mark[${MARK_ATTRIBUTE}] { background-color: #ffdf6b; color: #111111; border-radius: 2px; }
`;
const styledDocuments = new WeakSet();

function styleDocument(doc) {
  if (styledDocuments.has(doc)) return;
  styledDocuments.add(doc);
  const sheet = new doc.defaultView.CSSStyleSheet();
  sheet.replaceSync(HOST_DOCUMENT_CSS);
  doc.adoptedStyleSheets = [sheet, ...doc.adoptedStyleSheets];
}

function highlightRegistry() {
  return typeof CSS !== 'undefined' && CSS.highlights && typeof Highlight === 'function'
    ? CSS.highlights
    : null;
}

// Sorted spans with overlaps joined: a person's introduction ("Russian President Vladimir
// Putin") contains one of their mentions ("Vladimir Putin"), and a text node must be wrapped
// at most once.
export function mergeSpans(spans) {
  const merged = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else if (span.end > span.start) merged.push({ start: span.start, end: span.end });
  }
  return merged;
}

// Highlights of one <summit-cards>; several widgets share the page-wide highlight.
export class EvidenceHighlighter {
  #ranges = [];
  #marks = [];

  // Highlights [start, end) spans of the text read into `pieces`; returns the first range, to
  // scroll to, or null when none of the spans is in the page any more.
  show(pieces, spans) {
    this.clear();
    spans = mergeSpans(spans);
    if (!pieces?.length || !spans.length) return null;
    const doc = pieces[0].node.ownerDocument;
    styleDocument(doc);
    const registry = highlightRegistry();
    if (registry) {
      let highlight = registry.get(HIGHLIGHT_NAME);
      if (!highlight) {
        highlight = new Highlight();
        registry.set(HIGHLIGHT_NAME, highlight);
      }
      for (const span of spans) {
        const range = rangeFor(pieces, span.start, span.end);
        if (range) {
          highlight.add(range);
          this.#ranges.push(range);
        }
      }
      return this.#ranges[0] ?? null;
    }
    return this.#wrapInMarks(doc, pieces, spans);
  }

  clear() {
    const highlight = highlightRegistry()?.get(HIGHLIGHT_NAME);
    for (const range of this.#ranges) highlight?.delete(range);
    this.#ranges = [];
    const parents = new Set();
    for (const mark of this.#marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parents.add(parent);
    }
    // Wrapping split text nodes; joining them again leaves the article as it was.
    for (const parent of parents) parent.normalize();
    this.#marks = [];
  }

  #wrapInMarks(doc, pieces, spans) {
    // All stretches are found before any node is split, as splitting changes the offsets.
    const stretches = spans.flatMap((span) => stretchesFor(pieces, span.start, span.end));
    // From the end backwards, so splitting one node never moves a stretch still to come.
    stretches.sort((a, b) =>
      a.node === b.node
        ? b.from - a.from
        : a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING ? 1 : -1);
    let first = null;
    for (const { node, from, to } of stretches) {
      if (!node.isConnected || to > node.data.length) continue;
      const target = from > 0 ? node.splitText(from) : node;
      if (to - from < target.data.length) target.splitText(to - from);
      const mark = doc.createElement('mark');
      mark.setAttribute(MARK_ATTRIBUTE, '');
      target.parentNode.insertBefore(mark, target);
      mark.appendChild(target);
      this.#marks.push(mark);
      first = mark;
    }
    if (!first) return null;
    const range = doc.createRange();
    range.selectNodeContents(first);
    return range;
  }
}
