// The baseline HTML import is measured against: @mozilla/readability alone on a fresh jsdom, as
// its README shows it. Shared by the benchmark (scripts/bench/parsing.mjs) and eval-html.mjs.
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';

export function readabilityBaseline(bytes) {
  const dom = new JSDOM(new TextDecoder().decode(bytes), { virtualConsole: new VirtualConsole() });
  const result = new Readability(dom.window.document).parse();
  dom.window.close();
  return result;
}
