// Compiled (not run) by the page tests: a page script using the single-file build's global.
import type {} from 'summit-cards/standalone';

export async function show(text: string): Promise<string | null> {
  await SummitCards.init();
  return SummitCards.extract(text).summary;
}
