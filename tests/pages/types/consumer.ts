// Compiled (not run) by the page tests: code a developer would write against dist/'s types.
import { init, extract, version, SummitCardsElement, SummitCardsLoadError } from 'summit-cards';
import type { Report, Participant, Span, SummitCardsRenderDetail } from 'summit-cards';

export async function principalsOf(text: string): Promise<string[]> {
  await init();
  const report: Report = extract(text, { publishedAt: '2023-09-13' });
  const firstSpan: Span = report.participants[0].evidence;
  console.log(version(), firstSpan.start, firstSpan.end);
  return report.participants.filter((person: Participant) => person.principal).map((person) => person.name ?? person.role ?? '');
}

export function wire(element: HTMLElement): void {
  const cards = document.querySelector('summit-cards');
  if (cards) {
    cards.published = '2023-09-13';
    cards.text = 'Putin met Kim.';
    const report: Report | null = cards.report;
    console.log(report?.summary);
    void cards.refresh();
    cards.addEventListener('summit-cards-render', (event) => {
      const detail: SummitCardsRenderDetail = event.detail;
      console.log(detail.report.event.kind, detail.extractMs);
    });
    cards.addEventListener('summit-cards-evidence', (event) => console.log(event.detail.spans?.length, event.detail.reveal));
    cards.addEventListener('summit-cards-error', (event) => {
      if (event.detail.error instanceof SummitCardsLoadError) console.log(event.detail.error.reason, event.detail.error.hint);
    });
  }
  if (SummitCardsElement && element instanceof SummitCardsElement) console.log(element.source, element.exclude);
  // The events bubble to the document and the window, typed there too.
  document.addEventListener('summit-cards-render', (event) => console.log(event.detail.report.summary, event.detail.extractMs));
  window.addEventListener('summit-cards-error', (event) => console.log(event.detail.stage, event.detail.error.message));
}

export async function load(): Promise<void> {
  await init(fetch('/assets/summit_cards_bg.wasm'));
  await init(new URL('/assets/summit_cards_bg.wasm', location.href));
}
