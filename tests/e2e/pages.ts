// Test pages built at test time: each seed as an article page (the registry seed as a record-like
// page), plus pages for the special cases (no topic, payloads, dynamic additions, split sentences).
import type { Seed } from './seeds';

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Inline markup real articles have, so sentences cross element boundaries: registry IDs and trial
 * names become links, "ALS" in the middle of a line becomes bold. */
function decorate(escapedLine: string): string {
  return escapedLine
    .replace(/\b(NCT\d{8})\b/g, '<a href="https://clinicaltrials.gov/study/$1">$1</a>')
    .replace(/\b(MIROCALS)\b/g, '<a href="#mirocals">$1</a>')
    .replace(/(\w) (ALS) (\w)/g, '$1 <strong>$2</strong> $3');
}

export function page(title: string, bodyHtml: string, script = ''): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<style>body{font:17px/1.6 Georgia,serif;max-width:760px;margin:24px auto;padding:0 16px;color:#222} .byline{color:#666}</style>
</head>
<body>
<header><nav><a href="/">Home</a> · <a href="/news">News</a></nav></header>
<article>
${bodyHtml}
</article>
<footer><p>© Test News</p></footer>
${script ? `<script>${script}</script>` : ''}
</body>
</html>`;
}

/** Paragraphs at blank lines; single newlines become <br> (the seeds have hard line breaks). */
export function articleBody(text: string): string {
  return text
    .split(/\n[ \t]*\n+/)
    .filter((p) => p.trim())
    .map(
      (p) =>
        `<p>${p
          .split('\n')
          .map((l) => decorate(escapeHtml(l)))
          .join('<br>\n')}</p>`,
    )
    .join('\n');
}

/** A record-like page: each "label : | value |" line becomes a table row. */
export function registryBody(text: string): string {
  const rows: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const cells = line
      .split('|')
      .map((c) => c.trim())
      .filter(Boolean);
    if (cells.length >= 2) rows.push(`<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`);
    else rows.push(`<tr><td colspan="3">${escapeHtml(cells[0] ?? line)}</td></tr>`);
  }
  return `<table class="record">${rows.join('\n')}</table>`;
}

export function seedPage(seed: Seed, registry: boolean): string {
  const title =
    seed.text
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ?? seed.name;
  return page(title, registry ? registryBody(seed.text) : articleBody(seed.text));
}

export const NO_TOPIC = page(
  'Gardening in autumn',
  articleBody(
    'Autumn is a good time to plant bulbs.\n\nTulips and daffodils need a cold spell before they flower. Plant them twice as deep as the bulb is tall.\n\nMulch protects roots from frost.',
  ),
);

/** Paragraphs from a seed added after load, one every `ms`: a page that grows (infinite scroll). */
export function dynamicPage(first: string, later: string[], ms = 250): string {
  const script = `
const later = ${JSON.stringify(later).replace(/</g, '\\u003c')};
let i = 0;
const t = setInterval(() => {
  if (i >= later.length) { clearInterval(t); document.title = 'done'; return; }
  const p = document.createElement('p');
  const lines = later[i++].split('\\n');
  lines.forEach((l, k) => { if (k) p.append(document.createElement('br')); p.append(document.createTextNode(l)); });
  document.querySelector('article').append(p);
}, ${ms});`;
  return page('Growing page', articleBody(first), script);
}

/** A page that adds many irrelevant paragraphs, then relevant ones: the observer should have stopped.
 * The relevant text is held as character codes so that the page's script does not mention the topic. */
export function noisyPage(irrelevant: number, finalParagraphs: string[], ms = 40): string {
  const codes = JSON.stringify(finalParagraphs.map((p) => [...p].map((c) => c.charCodeAt(0))));
  const script = `
let i = 0;
const article = document.querySelector('article');
const t = setInterval(() => {
  if (i < ${irrelevant}) {
    const p = document.createElement('p');
    p.textContent = 'Weather update number ' + (i + 1) + ': light rain in the afternoon.';
    article.append(p);
  } else {
    clearInterval(t);
    for (const c of ${codes}) {
      const p = document.createElement('p');
      String.fromCharCode(...c).split('\\n').forEach((l, k) => { if (k) p.append(document.createElement('br')); p.append(document.createTextNode(l)); });
      article.append(p);
    }
    setTimeout(() => { document.title = 'done'; }, 50);
  }
  i++;
}, ${ms});`;
  return page('Weather', articleBody('Today’s weather in the city.'), script);
}
