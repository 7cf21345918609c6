// The cards themselves: their language, their width with unbreakable words, and long lists
// cut short ("and N more") in every layout and folded in the compact one.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, at, readCards, cardsShown, eventually, root } from './harness.mjs';
import { samples } from './samples.mjs';
import { expectNoAxeViolations } from './checks.mjs';

const PAGE = 'tests/pages/fixtures/cards.html';

// Writes `paragraphs` as the article of the cards fixture and waits until both widgets show it.
async function showArticle(page, paragraphs) {
  await page.evaluate((paragraphs) => {
    window.__rendered = Promise.all(['#sidebar', '#full'].map((selector) => new Promise((resolve) => {
      document.querySelector(selector).addEventListener('summit-cards-render', resolve, { once: true });
    })));
    document.getElementById('article').replaceChildren(...paragraphs.map((text) => {
      const paragraph = document.createElement('p');
      paragraph.textContent = text;
      return paragraph;
    }));
  }, paragraphs);
  await page.evaluate(() => window.__rendered.then(() => undefined));
}

// Boxes wider than they may be: the document wider than the window, or an element of a
// widget's cards reaching out of the widget.
function overflowing(page) {
  return page.evaluate(() => {
    const problems = [];
    const { scrollWidth } = document.documentElement;
    if (scrollWidth > innerWidth) problems.push(`the document is ${scrollWidth} px wide in a ${innerWidth} px window`);
    for (const widget of document.querySelectorAll('summit-cards')) {
      const host = widget.getBoundingClientRect();
      for (const element of widget.shadowRoot.querySelectorAll('.card, .card *')) {
        const box = element.getBoundingClientRect();
        if (box.width && (box.right > host.right + 0.5 || box.left < host.left - 0.5)) {
          problems.push(`#${widget.id} .${element.className || element.localName}: ${Math.round(box.width)} px wide in ${Math.round(host.width)} px`);
          break;
        }
      }
    }
    return problems;
  });
}

test('cards: a long URL in a quote keeps the cards and the page within their widths', async (session) => {
  const page = await session.open(at.http(PAGE), { viewport: { width: 1280, height: 900 } });
  await cardsShown(page, '#sidebar');
  const url = `https://kremlin.example/${'a'.repeat(300)}`;
  await showArticle(page, [
    'Russian President Vladimir Putin met North Korean leader Kim Jong-un on Wednesday at the Vostochny cosmodrome in the Amur region, the Kremlin said.',
    `"Everything is at ${url} and nowhere else," Putin told reporters.`,
    'The leaders discussed economic cooperation and the situation on the Korean peninsula, the Kremlin said.',
  ]);
  const cards = await readCards(page, '#sidebar');
  assert.ok(cards.quotes.some((quote) => quote.includes(url)), `the quote with the URL is shown (got ${JSON.stringify(cards.quotes)})`);
  assert.equal(Math.round(await page.evaluate(() => document.getElementById('sidebar').getBoundingClientRect().width)), 280);
  assert.deepEqual(await overflowing(page), []);

  // A 320 px phone: one column, the page as wide as the screen.
  await page.setViewportSize({ width: 320, height: 640 });
  await page.waitForTimeout(100);
  assert.deepEqual(await overflowing(page), []);
});

// An article naming 39 people in 20 delegations, 30 quotes and 25 topics: the size of a long
// live blog's lists.
function crowdedArticle() {
  const first = ['Anna', 'Boris', 'Carlos', 'Daria', 'Elena', 'Farid', 'Gustav', 'Hana', 'Igor', 'Julia', 'Karim', 'Lena',
    'Marco', 'Nadia', 'Oskar', 'Petra', 'Rafael', 'Sofia', 'Tomas', 'Ursula', 'Viktor', 'Wanda', 'Yusuf', 'Zora'];
  const last = ['Albrecht', 'Brennan', 'Castillo', 'Dimitrov', 'Eriksen', 'Fischer', 'Gallo', 'Horvat', 'Ivanova', 'Jansen',
    'Kowalski', 'Lindqvist', 'Moreau', 'Novak', 'Olsen', 'Petrov', 'Quist', 'Rossi', 'Schmidt', 'Tanaka', 'Urban', 'Varga', 'Weber', 'Zeller'];
  const countries = ['France', 'Germany', 'Italy', 'Spain', 'Poland', 'Sweden', 'Norway', 'Austria', 'Hungary', 'Greece',
    'Portugal', 'Finland', 'Denmark', 'Ireland', 'Belgium', 'Netherlands', 'Croatia', 'Romania', 'Bulgaria', 'Czech Republic'];
  const topics = ['energy prices', 'gas storage', 'defence spending', 'migration', 'the budget', 'enlargement', 'trade with China',
    'climate targets', 'farm subsidies', 'the single market', 'digital rules', 'artificial intelligence', 'cyber security',
    'space policy', 'health cooperation', 'water supply', 'rail links', 'fisheries', 'tax rules', 'youth unemployment',
    'housing costs', 'research funding', 'nuclear safety', 'Arctic policy', 'the Balkans'];
  return [
    'BRUSSELS — European leaders met on Thursday in Brussels for a summit on energy and defence, the European Council said.',
    ...countries.map((country, n) => `The delegation of ${country} included Foreign Minister ${first[n % 24]} ${last[(n * 7) % 24]} `
      + `and Defence Minister ${first[(n + 5) % 24]} ${last[(n * 5 + 3) % 24]}.`),
    ...Array.from({ length: 30 }, (_, i) => `"We need a common answer to question number ${i + 1} before the winter," `
      + `${first[i % 24]} ${last[(i * 7) % 24]} told reporters.`),
    `The leaders discussed ${topics.slice(0, -1).join(', ')} and ${topics.at(-1)}, the European Council said.`,
  ];
}

// What a widget shows of the long lists, and its "and N more" buttons.
function lists(page, selector) {
  return page.evaluate((selector) => {
    const shadow = document.querySelector(selector).shadowRoot;
    const count = (query) => shadow.querySelectorAll(query).length;
    return {
      people: count('.card--people .person'),
      topics: count('.chip'),
      quotes: count('.quote'),
      more: [...shadow.querySelectorAll('.more-items__button')].map((button) => button.textContent),
      height: Math.round(document.querySelector(selector).getBoundingClientRect().height),
    };
  }, selector);
}

test('cards: long lists are cut short, and "and N more" shows the rest', async (session) => {
  const page = await session.open(at.http(PAGE), { viewport: { width: 1280, height: 900 } });
  await cardsShown(page, '#full');
  await showArticle(page, crowdedArticle());
  const report = await page.evaluate(() => document.getElementById('full').report);
  const total = { people: report.participants.length, topics: report.agenda.length, quotes: report.quotes.length };
  assert.ok(total.people > 30 && total.topics > 20 && total.quotes > 12, `the article has long lists (${JSON.stringify(total)})`);

  const before = await lists(page, '#full');
  assert.deepEqual({ people: before.people, topics: before.topics, quotes: before.quotes }, { people: 30, topics: 20, quotes: 12 });
  assert.deepEqual(before.more, [
    `and ${total.people - 30} more participants`,
    `and ${total.topics - 20} more topics`,
    `and ${total.quotes - 12} more quotes`,
  ]);

  // The quotes come 12 at a time: 30 is 12, then 24 and the button still there, then all 30.
  const moreQuotes = page.locator('#full .more-items__button', { hasText: 'more quotes' });
  await moreQuotes.click();
  assert.equal((await lists(page, '#full')).quotes, 24);
  assert.equal(await moreQuotes.textContent(), `and ${total.quotes - 24} more quotes`);
  await moreQuotes.click();
  assert.equal((await lists(page, '#full')).quotes, total.quotes);
  assert.equal(await moreQuotes.count(), 0, 'the button goes once every quote is shown');

  // The participants shown later point at their evidence like the first ones.
  await page.locator('#full .more-items__button', { hasText: 'more participants' }).click();
  const after = await lists(page, '#full');
  assert.equal(after.people, total.people);
  const last = report.participants.at(-1);
  const focused = await page.evaluate(() => document.getElementById('full').shadowRoot.activeElement?.getAttribute('data-evidence'));
  assert.match(focused ?? '', /^person-/, `the keyboard moves on to the first participant shown (got ${focused})`);
  await page.locator('#full .person', { hasText: last.name }).hover();
  const highlighted = await eventually('the evidence of the last participant', () => page.evaluate(() =>
    [...(CSS.highlights.get('summit-cards-evidence') ?? [])].map((range) => range.toString()).join(' | ') || null));
  assert.match(highlighted, new RegExp(last.name));
});

test('cards: a live blog of a megabyte gives cards of a few screens, not of a hundred thousand pixels', async (session) => {
  const page = await session.open(at.http(PAGE), { viewport: { width: 1280, height: 900 } });
  await cardsShown(page, '#full');
  // The crowded article again and again, each time with other quotes: thousands of them.
  const updates = [];
  for (let update = 0; updates.join('\n\n').length < 1_000_000; update++) {
    updates.push(crowdedArticle().join('\n\n').replace(/question number (\d+)/g, `question number $1.${update}`));
  }
  const text = updates.join('\n\n');
  const shown = await page.evaluate((text) => new Promise((resolve) => {
    const widget = document.getElementById('full');
    widget.addEventListener('summit-cards-render', (event) => resolve({
      quotes: event.detail.report.quotes.length,
      height: Math.round(widget.getBoundingClientRect().height),
    }), { once: true });
    widget.text = text;
  }), text);
  assert.ok(shown.quotes > 1000, `the article has thousands of quotes (got ${shown.quotes})`);
  assert.ok(shown.height < 4000, `the cards are ${shown.height} px tall`);
  assert.equal((await lists(page, '#full')).quotes, 12);
});

test('cards: the compact layout folds a long participants list too', async (session) => {
  const page = await session.open(at.http(PAGE), { viewport: { width: 1280, height: 900 } });
  await cardsShown(page, '#sidebar');
  await page.evaluate(() => document.getElementById('sidebar').setAttribute('layout', 'compact'));
  await showArticle(page, crowdedArticle());
  const total = await page.evaluate(() => document.getElementById('sidebar').report.participants.length);
  const compact = await lists(page, '#sidebar');
  assert.equal(compact.people, 6, 'the first six participants');
  assert.equal(compact.more[0], `and ${total - 6} more participants`);
  assert.ok(compact.height < 3000, `a compact widget stays short (${compact.height} px)`);
  await expectNoAxeViolations(page, 'long lists cut short');
  await page.locator('#sidebar .more-items__button', { hasText: 'more participants' }).click();
  assert.equal((await lists(page, '#sidebar')).people, 6 + 30);
  assert.deepEqual(await overflowing(page), []);
});

test('cards: written in the report\'s language, English where the widget has no table for it', async (session) => {
  const page = await session.open(at.http(PAGE));
  await cardsShown(page, '#sidebar');
  await showArticle(page, samples.vostochny.text.split('\n\n'));
  assert.equal(await page.evaluate(() => document.getElementById('full').shadowRoot.querySelector('.report').lang), 'en');
  assert.match((await readCards(page, '#full')).when, /^Wednesday, 13 September 2023/);

  // A French article: the extractor does not read French yet and says so; the cards say it in English.
  await showArticle(page, [
    'Le président russe Vladimir Poutine a rencontré mercredi le dirigeant nord-coréen Kim Jong-un au cosmodrome de Vostotchny, '
      + 'dans la région de l\'Amour, a indiqué le Kremlin. Les deux dirigeants ont parlé de la coopération économique et de la '
      + 'situation dans la péninsule coréenne pendant plus de deux heures.',
  ]);
  const report = await page.evaluate(() => document.getElementById('full').report);
  assert.notEqual(report.lang, 'en', `the report says the text is not English (got ${report.lang})`);
  const cards = await readCards(page, '#full');
  assert.deepEqual(cards.cardTitles, ['No summit in this article']);
  assert.equal(await page.evaluate(() => document.getElementById('full').shadowRoot.querySelector('.report').lang), 'en');
});

// The placeholders of a message: "What {party} wants" → ["party"].
const placeholders = (message) => [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

test('cards: every message table has all of the English table\'s messages, and messages.js lists it', async () => {
  const dir = join(root, 'www/src/messages');
  const { en } = await import(pathToFileURL(join(dir, 'en.js')).href);
  const registry = readFileSync(join(dir, 'messages.js'), 'utf8');
  const listed = /const MESSAGE_TABLES = \{([^}]*)\}/.exec(registry)[1].split(',').map((name) => name.trim()).filter(Boolean);
  const files = readdirSync(dir).filter((name) => name !== 'messages.js');
  assert.deepEqual(listed.sort(), files.map((name) => name.replace(/\.js$/, '')).sort(), 'messages.js lists every table of www/src/messages');
  for (const file of files) {
    const lang = file.replace(/\.js$/, '');
    const table = (await import(pathToFileURL(join(dir, file)).href))[lang];
    assert.ok(table, `${file} exports its table as ${lang}`);
    assert.deepEqual(Intl.DateTimeFormat.supportedLocalesOf(table.locale), [table.locale], `${file}: a locale Intl knows`);
    assert.deepEqual(Object.keys(table).sort(), Object.keys(en).sort(), `${file} has the messages of en.js, no more`);
    for (const [key, english] of Object.entries(en)) {
      const message = table[key];
      if (typeof english === 'string') {
        assert.equal(typeof message, 'string', `${file}: ${key} is text`);
        assert.deepEqual(placeholders(message), placeholders(english), `${file}: ${key} fills in what en.js does`);
      } else if ('other' in english) {
        assert.equal(typeof message?.other, 'string', `${file}: ${key} has plural forms, "other" at least`);
        const categories = new Intl.PluralRules(table.locale).resolvedOptions().pluralCategories;
        assert.deepEqual(Object.keys(message).filter((form) => !categories.includes(form)), [],
          `${file}: ${key} has only forms that Intl.PluralRules chooses in ${table.locale} (${categories})`);
      } else {
        assert.deepEqual(Object.keys(message).sort(), Object.keys(english).sort(), `${file}: ${key} names the same values`);
        for (const [value, text] of Object.entries(english)) {
          assert.deepEqual(placeholders(message[value]), placeholders(text), `${file}: ${key}.${value} fills in what en.js does`);
        }
      }
    }
  }
});
