// The article text of a page element, and the way back from offsets in that text to the DOM.
//
// The text is the element's text nodes in document order, as textContent would give, with one
// difference: a line break is put between block elements. textContent glues "<p>…talks.</p>
// <p>Putin…" into "talks.Putin", which the extractor would have to repair; the breaks belong to
// no text node, so every other offset still maps to exactly one place in one text node.

const SKIPPED_ELEMENTS = new Set([
  'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS',
  'SELECT', 'TEXTAREA', 'BUTTON', 'SUMMIT-CARDS',
]);

const BLOCK_ELEMENTS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY',
  'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

// Reads the text under `root` (an element or a document fragment). Returns the text and the
// pieces that make it up: { node, start } for each text node, in order.
export function readText(root) {
  const pieces = [];
  let text = '';
  const breakLine = (separator) => {
    if (text && !text.endsWith('\n')) text += separator;
  };
  const walk = (parent) => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === Node.TEXT_NODE) {
        if (node.data) {
          pieces.push({ node, start: text.length });
          text += node.data;
        }
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        const tag = node.tagName.toUpperCase();
        if (SKIPPED_ELEMENTS.has(tag) || node.hidden) continue;
        if (tag === 'BR') {
          breakLine('\n');
          continue;
        }
        const block = BLOCK_ELEMENTS.has(tag);
        if (block) breakLine('\n\n');
        walk(node);
        if (block) breakLine('\n\n');
      }
    }
  };
  walk(root);
  return { text, pieces };
}

// The index of the last piece that starts at or before `offset`.
function pieceAt(pieces, offset) {
  let low = 0;
  let high = pieces.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (pieces[middle].start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

// The stretches of text nodes that make up [start, end) of the text: { node, from, to } with
// offsets inside each node. A span that crosses elements ("<b>Vladimir</b> Putin") gives one
// stretch per text node. Nodes removed from the page since the text was read are skipped.
export function stretchesFor(pieces, start, end) {
  const stretches = [];
  if (!pieces.length || end <= start) return stretches;
  for (let i = pieceAt(pieces, start); i < pieces.length && pieces[i].start < end; i++) {
    const { node, start: nodeStart } = pieces[i];
    const from = Math.max(start - nodeStart, 0);
    const to = Math.min(end - nodeStart, node.data.length);
    if (to > from && node.isConnected) stretches.push({ node, from, to });
  }
  return stretches;
}

// One DOM Range over [start, end) of the text, or null when it maps to nothing in the page.
export function rangeFor(pieces, start, end) {
  const stretches = stretchesFor(pieces, start, end);
  if (!stretches.length) return null;
  const first = stretches[0];
  const last = stretches[stretches.length - 1];
  const range = first.node.ownerDocument.createRange();
  range.setStart(first.node, first.from);
  range.setEnd(last.node, last.to);
  return range;
}
