// Checks shared by several tests: what a reader must see in the cards of the Vostochny article,
// no accessibility violation that axe-core finds, and the screenshots of docs/screenshots/.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './harness.mjs';

const AXE = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

// axe-core on the whole page (it reads into shadow roots).
export async function expectNoAxeViolations(page, what) {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes
      .slice(0, 5).map((node) => `        ${JSON.stringify(node.target)} ${node.failureSummary.replace(/\s+/g, ' ')}`).join('\n')}`);
  });
  assert.deepEqual(violations, [], `axe found violations on ${what}:\n${violations.join('\n')}`);
}

// The robust facts of the Vostochny article (the principals and their countries first, the
// Russian ministers, the venue, that there is an agenda), not every detail of the extraction.

const FLAGS = { Russia: ['RU', '\u{1F1F7}\u{1F1FA}'], 'North Korea': ['KP', '\u{1F1F0}\u{1F1F5}'] };

export function assertVostochnyCards(cards) {
  assert.ok(cards, 'the element has a shadow root');
  assert.equal(cards.state, null, `no state message instead of the cards (got "${cards.state}")`);
  assert.deepEqual(cards.cardTitles, ['The summit at a glance', 'The participants', 'The agenda']);

  const [putin, kim] = cards.principals;
  assert.equal(putin?.name, 'Vladimir Putin', 'Putin is the first principal');
  assert.match(putin.role, /Russia/);
  assert.ok(FLAGS.Russia.includes(putin.flag), `Putin's flag is Russia's (got ${putin.flag})`);
  assert.equal(kim?.name, 'Kim Jong-un', 'Kim Jong-un is the second principal');
  assert.match(kim.role, /North Korea/);
  assert.ok(FLAGS['North Korea'].includes(kim.flag), `Kim's flag is North Korea's (got ${kim.flag})`);

  const russia = cards.delegations.find((group) => group.title === 'Russia');
  const northKorea = cards.delegations.find((group) => group.title === 'North Korea');
  assert.ok(russia && northKorea, `delegations of Russia and North Korea (got ${cards.delegations.map((group) => group.title)})`);
  assert.deepEqual(cards.delegations.slice(0, 2).map((group) => group.title), ['Russia', 'North Korea'], 'the principals\' delegations come first');
  assert.equal(russia.members[0].name, 'Vladimir Putin', 'the principal heads the Russian delegation');
  assert.ok(russia.members[0].principal, 'Putin is marked as principal');
  assert.equal(northKorea.members[0].name, 'Kim Jong-un', 'the principal heads the North Korean delegation');
  const russians = russia.members.map((member) => member.name);
  assert.ok(russians.includes('Sergei Lavrov'), `Lavrov in the Russian delegation (got ${russians})`);
  assert.ok(russians.includes('Sergei Shoigu'), `Shoigu in the Russian delegation (got ${russians})`);
  assert.match(russia.members.find((member) => member.name === 'Sergei Lavrov').role, /Foreign Minister/i);
  assert.match(russia.members.find((member) => member.name === 'Sergei Shoigu').role, /Defen[cs]e Minister/i);

  assert.match(cards.where ?? '', /^Vostochny cosmodrome/, `the venue is the Vostochny cosmodrome (got "${cards.where}")`);
  assert.ok(cards.topics.length >= 1, 'the agenda has topic chips');
}

const SHOTS = join(root, 'docs/screenshots');

// How many pixels differ between two PNG images (Infinity if their sizes differ), counted in
// the browser, which decodes PNG.
function pixelsChanged(page, before, after) {
  return page.evaluate(async ([before, after]) => {
    const pixels = async (base64) => {
      const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      context.drawImage(bitmap, 0, 0);
      return context.getImageData(0, 0, bitmap.width, bitmap.height);
    };
    const [a, b] = [await pixels(before), await pixels(after)];
    if (a.width !== b.width || a.height !== b.height) return Infinity;
    let changed = 0;
    for (let i = 0; i < a.data.length; i += 4) {
      if (a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1] || a.data[i + 2] !== b.data[i + 2]) changed++;
    }
    return changed;
  }, [before.toString('base64'), after.toString('base64')]);
}

// Native form controls are not anti-aliased identically on every run; a screenshot that differs
// from the committed one by a few such pixels is not written, so that a test run leaves the
// repository clean unless the design changed.
export async function saveScreenshot(page, file, png) {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, file);
  if (existsSync(path) && await pixelsChanged(page, readFileSync(path), png) <= 100) return;
  writeFileSync(path, png);
}
