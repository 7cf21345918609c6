// The demo's sample articles, read the way the build reads them (www/samples/*.txt).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './harness.mjs';

const dir = join(root, 'www/samples');

export const samples = Object.fromEntries(readdirSync(dir).filter((name) => name.endsWith('.txt')).map((name) => {
  const raw = readFileSync(join(dir, name), 'utf8');
  const split = raw.indexOf('\n\n');
  const header = raw.slice(0, split);
  const published = /^published:\s*(\S+)/m.exec(header)[1];
  const lang = /^lang:\s*(\S+)/m.exec(header)?.[1] ?? 'en';
  return [name.replace(/^\d+-|\.txt$/g, ''), { published, lang, text: raw.slice(split + 2).trim() }];
}));
