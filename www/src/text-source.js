// The article text of a page element, and the way back from offsets in that text to the DOM.
//
// The text is the element's text nodes in document order, as textContent would give, with one
// difference: a line break is put between block elements. textContent glues "<p>…talks.</p>
// <p>Putin…" into "talks.Putin", which the extractor would have to repair; the breaks belong to
// no text node, so every other offset still maps to exactly one place in one text node.
//
// Only what a reader sees as the article's own text is read: a CMS puts ads, photo captions,
// "read more" boxes, related links, newsletter forms and hidden paywall teasers inside the
// article body, and their leaders and dates would become the summit's.

// Left out with everything inside them: what is not text (scripts, form controls, nested
// widgets), what is beside the article's text rather than part of it (asides, captions,
// navigation, forms, footers, ads), and what the page hides from its readers or marks to skip.
const SKIPPED = 'script,style,template,noscript,svg,math,iframe,object,canvas,select,textarea,button,summit-cards,'
  + 'aside,figure,figcaption,nav,form,footer,[data-ad],[role~=complementary],[role~=navigation],'
  + '[hidden],[inert],[aria-hidden=true],[data-summit-cards-skip]';
// Class names and ids of the containers of ads, related links, promotions, newsletter sign-ups
// and share buttons, as whole words: "ad-slot", "related_links", "share" but not "lead" or "shadow".
const CLUTTER_NAMES = /(^|[\s_-])(ads?|advert|advertisement|related|promo|newsletter|share)($|[\s_-])/i;

// Elements a line break is put around.
const BLOCK_ELEMENTS = /^(ADDRESS|ARTICLE|BLOCKQUOTE|D[DLT]|DETAILS|DIALOG|DIV|FIELDSET|H[1-6R]|HEADER|HGROUP|LI|MAIN|[OU]L|P|PRE|SECTION|SUMMARY|T[DHR]|TABLE|TBODY|TFOOT|THEAD)$/;

// Reads the text under `root` (an element or a document fragment), skipping what is listed
// above and what the page's CSS hides (display:none, visibility:hidden). `exclude` is a
// selector of more to skip; reading stops once the text is over `limit` characters. Returns
// the text, the pieces that make it up ({ node, start } for each text node, in order), and
// whether it is over the limit.
export function readText(root, { exclude = null, limit = Infinity } = {}) {
  const pieces = [];
  // The text is gathered in parts and joined once: appending to one growing string, and
  // looking at its end, made reading a long live blog quadratic.
  const parts = [];
  let length = 0;
  let lastChar = '';
  const view = root.ownerDocument?.defaultView;
  // The page's `exclude` selector joins the list (a bad one throws here, as it should).
  const skipped = exclude ? `${SKIPPED},${exclude}` : SKIPPED;
  const append = (part) => {
    parts.push(part);
    length += part.length;
    lastChar = part[part.length - 1];
  };
  const breakLine = (separator) => {
    if (length && lastChar !== '\n') append(separator);
  };
  // `visible`: whether the text directly in `parent` shows (an element can be made visible
  // again inside a visibility:hidden one, so hidden ones are walked, not skipped).
  const walk = (parent, visible) => {
    for (let node = parent.firstChild; node && length <= limit; node = node.nextSibling) {
      if (node.nodeType === Node.TEXT_NODE) {
        if (node.data && visible) {
          pieces.push({ node, start: length });
          append(node.data);
        }
      } else if (node.nodeType === Node.ELEMENT_NODE && !node.matches(skipped)
        && !CLUTTER_NAMES.test(node.id) && !CLUTTER_NAMES.test(node.getAttribute('class') ?? '')) {
        const style = view?.getComputedStyle(node);
        if (style?.display === 'none') continue;
        const tag = node.tagName.toUpperCase();
        if (tag === 'BR') {
          breakLine('\n');
          continue;
        }
        const block = BLOCK_ELEMENTS.test(tag);
        if (block) breakLine('\n\n');
        walk(node, style ? style.visibility === 'visible' : visible);
        if (block) breakLine('\n\n');
      }
    }
  };
  walk(root, true);
  return { text: parts.join(''), pieces, tooLong: length > limit };
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
