// Pages that push an extension the way the web does, built at test time (used by the hostile-page
// e2e suite and by `npm run bench:browser`). Each is self-contained HTML; the topical sentences are
// ones the engine flags, so a page that still works shows highlights.
import { escapeHtml, page } from './pages';

export const TOPIC_PARAGRAPHS = [
  'Low-dose IL-2 in ALS: what the MIROCALS trial found',
  'The MIROCALS trial showed that low-dose interleukin-2 is a breakthrough cure that extends survival for everyone with ALS.',
  'Researchers said about 80% of patients treated with IL-2 survived.',
  'Relyvrio is available to patients with ALS as a treatment option.',
  'The trial enrolled 220 people with ALS at sites in France and the United Kingdom.',
];
export const FILLER_PARAGRAPHS = [
  'The weather was mild and the football season continued as usual across the region.',
  'Local councils debated new cycle lanes, and traders reported a busy weekend at the market.',
  'A new bakery opened on the high street, offering sourdough, rye and seasonal pastries.',
  'The orchestra announced its winter programme, with three premieres and a family concert.',
];

/** About `bytes` of paragraphs: every `topicEvery`-th one about the topic, the rest filler. */
export function paragraphs(bytes: number, topicEvery = 3): string[] {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p =
      i % topicEvery === 0
        ? TOPIC_PARAGRAPHS[(i / topicEvery) % TOPIC_PARAGRAPHS.length]!
        : FILLER_PARAGRAPHS[i % FILLER_PARAGRAPHS.length]!;
    out.push(p);
    size += p.length + 9;
  }
  return out;
}

const html = (ps: readonly string[]) => ps.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');

/** Plain pages by name: what each tests is in its name. */
export function hostilePages(): Map<string, string> {
  const r = new Map<string, string>();
  r.set('ten-mb', page('10 MB of text', html(paragraphs(10_000_000))));
  // 100,000 elements of unrelated text, the topic mentioned once near the end.
  const spans = Array.from({ length: 100_000 }, (_, i) => `<span>${FILLER_PARAGRAPHS[i % 4]!.slice(0, 20 + (i % 20))} </span>`);
  spans.splice(99_000, 0, `<p>${escapeHtml(TOPIC_PARAGRAPHS[1]!)}</p>`);
  r.set('hundred-k-nodes', page('100k nodes', `<div>${spans.join('')}</div>`));
  r.set('deep', page('5,000-deep nesting', '<div>'.repeat(5000) + html(TOPIC_PARAGRAPHS) + '</div>'.repeat(5000)));
  const frame = escapeHtml(page('frame', html(TOPIC_PARAGRAPHS)));
  r.set(
    'iframes',
    page(
      'iframes',
      `${html(TOPIC_PARAGRAPHS.slice(0, 2))}<iframe srcdoc="${frame}"></iframe><iframe src="/hostile/deep"></iframe>`,
    ),
  );
  r.set(
    'shadow',
    page(
      'shadow roots',
      `${html(TOPIC_PARAGRAPHS.slice(0, 2))}<div id="open"></div><div id="closed"></div>`,
      `for (const [id, mode] of [['open', 'open'], ['closed', 'closed']]) {
         const root = document.getElementById(id).attachShadow({ mode });
         const p = document.createElement('p');
         p.textContent = ${JSON.stringify(TOPIC_PARAGRAPHS[3])};
         root.append(p);
       }`,
    ),
  );
  r.set('editor', page('editor', `<div id="editor" contenteditable="true">${html(TOPIC_PARAGRAPHS)}</div>`));
  r.set(
    'mutating',
    page(
      'an app that mutates the DOM 1,000 times a second',
      `${html(TOPIC_PARAGRAPHS)}<div id="app"></div>`,
      `const app = document.getElementById('app');
       let n = 0;
       const t0 = performance.now();
       // 10 mutations every 10 ms: about 1,000 a second, for 10 s.
       const timer = setInterval(() => {
         for (let i = 0; i < 10; i++) {
           const item = document.createElement('div');
           item.textContent = (n % 7 === 0 ? ${JSON.stringify(TOPIC_PARAGRAPHS[2])} : 'tick ' + n);
           app.append(item);
           if (app.childElementCount > 50) app.firstElementChild.remove();
           n++;
         }
         window.__mutations = n;
         if (performance.now() - t0 > 10000) clearInterval(timer);
       }, 10);`,
    ),
  );
  r.set(
    'patched',
    // Script first in <head> would be better, but `page` puts it at the end: the globals are replaced
    // before the content script (document_idle) runs either way.
    page(
      'a page that replaces built-ins',
      html(TOPIC_PARAGRAPHS),
      `Array.prototype.map = function () { throw new Error('patched map'); };
       JSON.parse = function () { throw new Error('patched JSON.parse'); };
       window.MutationObserver = function () { throw new Error('patched MutationObserver'); };
       Object.defineProperty(Node.prototype, 'textContent', { get() { throw new Error('patched textContent'); } });`,
    ),
  );
  const payloads = [
    '<script>window.__pwned = 1</script>',
    '<img src=x onerror="window.__pwned = 2">',
    '"><svg onload="window.__pwned = 3">',
    'javascript:window.__pwned=4',
    '{{constructor.constructor("window.__pwned=5")()}}',
  ];
  r.set(
    'payloads',
    page(
      'payloads',
      html(
        TOPIC_PARAGRAPHS.map(
          (p, i) => `${p.replace(/\.$/, '')} ${payloads[i % payloads.length]} ${payloads[(i + 1) % payloads.length]}.`,
        ),
      ),
    ),
  );
  return r;
}
