// A tiny HTTP server on 127.0.0.1 for the e2e tests and the demo: the seed pages and the special
// pages, built at start from ../shared/seeds.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dynamicPage, noisyPage, NO_TOPIC, page, articleBody, seedPage } from './pages';
import { escapeHtml } from './pages';
import { expectations, fragments, seeds, type Seed } from './seeds';

export interface TestServer {
  origin: string;
  /** Path of each seed page by seed file name. */
  seedPaths: Map<string, string>;
  close(): Promise<void>;
}

/** The registry seed is the one that reads like a registry record. */
export function isRegistrySeed(seed: Seed): boolean {
  return /ClinicalTrials\.gov Identifier/i.test(seed.text) && /Recruitment Status/i.test(seed.text);
}

/** Paragraphs of a seed (blank-line separated; a seed without blank lines is split into thirds). */
function paragraphs(text: string): string[] {
  const ps = text.split(/\n[ \t]*\n+/).filter((p) => p.trim());
  if (ps.length > 2) return ps;
  const lines = text.split('\n');
  const third = Math.ceil(lines.length / 3);
  return [0, 1, 2].map((i) => lines.slice(i * third, (i + 1) * third).join('\n')).filter((p) => p.trim());
}

export const PAYLOAD_TEXT =
  'Low-dose interleukin-2 <script>window.__pwned = 1</script> is a groundbreaking cure that has been proven to ' +
  'significantly extend survival for everyone with ALS <img src=x onerror="window.__pwned = 2">, according to the MIROCALS trial.';

export function routes(): Map<string, string> {
  const all = seeds();
  const r = new Map<string, string>();
  for (const s of all) r.set(`/seed/${s.name}.html`, seedPage(s, isRegistrySeed(s)));
  r.set('/no-topic.html', NO_TOPIC);
  r.set(
    '/payload.html',
    page('Payload', articleBody(`ALS treatment news.\n\n${PAYLOAD_TEXT}\n\nMore: <b>bold?</b> &amp; "quotes" ' apostrophes.`)),
  );
  const news = all.find((s) => /MIROCALS randomized controlled trial/.test(s.text)) ?? all[1]!;
  const ps = paragraphs(news.text);
  r.set('/dynamic.html', dynamicPage(ps[0]!, ps.slice(1)));
  r.set('/dynamic-from-nothing.html', dynamicPage('Loading the latest story…', ps));
  r.set('/noisy.html', noisyPage(60, ps));
  r.set('/noisy-short.html', noisyPage(10, ps));
  // A long article: every news seed, eight times over (about 120 KB of text).
  const newsSeeds = all.filter((s) => !isRegistrySeed(s));
  r.set(
    '/long.html',
    page('Long page', Array.from({ length: 8 }, () => newsSeeds.map((s) => articleBody(s.text)).join('\n')).join('\n')),
  );
  // The same stale status sentence on a page that declares its date in metadata, and on one that does not.
  const stale = articleBody(
    'Relyvrio decision due\n\nThe FDA is expected to announce its decision on Relyvrio for ALS on September 29.',
  );
  r.set(
    '/dated.html',
    page('Relyvrio decision due', stale).replace(
      '<head>',
      '<head><meta property="article:published_time" content="2022-08-01T09:00:00Z">',
    ),
  );
  r.set('/undated.html', page('Relyvrio decision due', stale));
  // A page about the topic in French: not checked, and the popup says so.
  r.set(
    '/french.html',
    page(
      'SLA : le tofersen',
      articleBody(
        "Le tofersen ralentit la progression de la SLA chez tous les malades, selon les chercheurs. L'essai VALOR a montré que le médicament est un véritable miracle pour les patients atteints de la maladie de Charcot, et les autorités européennes l'ont approuvé en 2024 pour les formes liées au gène SOD1. Les familles espèrent que le traitement sera bientôt disponible dans tous les hôpitaux du pays.",
      ),
    ),
  );
  const split = splitSentence(all);
  if (split) r.set('/split.html', page('Split sentences', split.html));
  return r;
}

export async function startServer(port = 0): Promise<TestServer> {
  const r = routes();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const body = r.get(path);
    if (!body) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: actual } = server.address() as AddressInfo;
  const seedPaths = new Map<string, string>();
  for (const s of seeds()) seedPaths.set(s.file, `/seed/${s.name}.html`);
  return {
    origin: `http://127.0.0.1:${actual}`,
    seedPaths,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/**
 * A must-flag sentence of a seed (found through EXPECTATIONS.md) re-set with a link, bold text,
 * a line break and emphasis inside it, after the seed's first paragraph for context.
 */
export function splitSentence(all = seeds()): { html: string; sentence: string } | null {
  for (const exp of expectations()) {
    const seed = all.find((s) => s.file === exp.file);
    const row = exp.mustFlag.find((m) => fragments(m.quote).length === 1 && !/[“"]/.test(m.quote) && m.quote.length < 140);
    if (!seed || !row) continue;
    const flat = seed.text.replace(/\s+/g, ' ');
    const opening = fragments(row.quote)[0]!.replace(/\s+/g, ' ');
    const at = flat.indexOf(opening);
    if (at < 0) continue;
    const end = flat.indexOf('.', at + opening.length - 1);
    const sentence = flat.slice(at, end + 1);
    const w = sentence.split(' ').map(escapeHtml);
    if (w.length < 10) continue;
    const html =
      `${w[0]} <a href="#x">${w[1]} ${w[2]}</a> ${w[3]} <b>${w[4]}</b> ${w.slice(5, 8).join(' ')}<br>\n` +
      `${w.slice(8, -2).join(' ')} <em>${w.slice(-2).join(' ')}</em>`;
    const paras = seed.text.split(/\n[ \t]*\n+/).map((p) => p.replace(/\s+/g, ' '));
    const k = paras.findIndex((p) => p.includes(sentence));
    if (k < 0) continue;
    paras[k] = paras[k]!.replace(sentence, '@@SPLIT@@');
    return { html: articleBody(paras.join('\n\n')).replace('@@SPLIT@@', html), sentence };
  }
  return null;
}
