import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { createExtractor, extractVisibleText, segmentData, type Extracted } from './extract';
import { locate, stillMatches } from './anchor';
import { extractFromHtml } from './from-html';

function body(html: string) {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return document.body as unknown as HTMLElement;
}

/** The DOM text between the positions locate() gives, gathered node by node. */
function domText(ex: Extracted, start: number, end: number): string {
  const pos = locate(ex.segments, start, end);
  if (!pos) return '';
  const out: string[] = [];
  let on = false;
  for (const seg of ex.segments) {
    if (seg.node === pos.startNode) on = true;
    if (!on) continue;
    const from = seg.node === pos.startNode ? pos.startOffset : seg.offset;
    const segEnd = seg.offset + (seg.end - seg.start);
    const to = seg.node === pos.endNode ? Math.min(pos.endOffset, segEnd) : segEnd;
    if (from < segEnd && to > seg.offset) out.push(segmentData(seg).slice(Math.max(from, seg.offset), to));
    if (seg.node === pos.endNode && pos.endOffset <= segEnd) break;
  }
  return out.join('');
}

describe('extractVisibleText', () => {
  it('separates blocks by a blank line and <br> by a newline', () => {
    const ex = extractVisibleText(body('<h1>Title</h1><p>One<br>two</p><div><p>Three</p>four</div>'));
    expect(ex.text).toBe('Title\n\nOne\ntwo\n\nThree\n\nfour');
  });

  it('collapses whitespace as HTML renders it', () => {
    const ex = extractVisibleText(body('\n  <p>\n   A   trial\n of IL-2 </p>\n  <p>  B </p>  '));
    expect(ex.text).toBe('A trial of IL-2\n\nB');
  });

  it('keeps inline elements in the flow, with spaces where the source has them', () => {
    const ex = extractVisibleText(body('<p>The <a href="#">MIROCALS</a> trial <b>showed</b>, in <i>part</i>,that</p>'));
    expect(ex.text).toBe('The MIROCALS trial showed, in part,that');
  });

  it('skips scripts, styles, templates, svg and hidden elements', () => {
    const ex = extractVisibleText(
      body(
        '<p>a</p><script>var x="ALS"</script><style>p{}</style><noscript>n</noscript><template><p>t</p></template>' +
          '<svg><text>s</text></svg><p hidden>h</p><p aria-hidden="true">ah</p><p style="color:red; display : none">d</p>' +
          '<p style="visibility:hidden">v</p><p>b</p>',
      ),
    );
    expect(ex.text).toBe('a\n\nb');
  });

  it('uses a computed-style callback when given one', () => {
    const root = body('<div>a <div class="inl">d</div> e</div><span class="blk">b</span><div class="hid">c</div>');
    const ex = extractVisibleText(root, {
      getStyle: (el) => {
        const cls = el.getAttribute('class');
        if (cls === 'blk') return { display: 'block' };
        if (cls === 'hid') return { display: 'none' };
        if (cls === 'inl') return { display: 'inline' };
        return null;
      },
    });
    expect(ex.text).toBe('a d e\n\nb');
  });

  it('skips elements the caller excludes', () => {
    const ex = extractVisibleText(body('<p>a</p><div id="host">card text</div><p>b</p>'), {
      skip: (el) => el.getAttribute('id') === 'host',
    });
    expect(ex.text).toBe('a\n\nb');
  });

  it('treats two <br> as a paragraph break and separates table cells by a tab', () => {
    const ex = extractVisibleText(body('<p>a<br><br>b</p><table><tr><td>x</td><td>y</td></tr><tr><td>z</td></tr></table>'));
    expect(ex.text).toBe('a\n\nb\n\nx\ty\n\nz');
  });

  it('preserves whitespace inside <pre>', () => {
    const ex = extractVisibleText(body('<p>a</p><pre>line 1\n  line 2</pre>'));
    expect(ex.text).toBe('a\n\nline 1\n  line 2');
  });

  it('renders markup in text as text', () => {
    const ex = extractVisibleText(body('<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;ALS&lt;/b&gt;</p>'));
    expect(ex.text).toBe('<script>alert(1)</script> <b>ALS</b>');
  });

  it('maps every non-generated character to the same character in a Text node', () => {
    const ex = extractVisibleText(
      body('<p>The <a>MIROCALS</a>  trial<br>showed <b>80%</b></p><ul><li>one</li><li>two <em>three</em></li></ul>'),
    );
    let mapped = 0;
    for (const seg of ex.segments) {
      for (let p = seg.start; p < seg.end; p++) {
        const got = segmentData(seg)[seg.offset + (p - seg.start)]!;
        const want = ex.text[p]!;
        expect(want === got || (want === ' ' && /\s/.test(got))).toBe(true);
        mapped++;
      }
    }
    const generated = ex.text.length - mapped;
    expect(generated).toBe('\n'.length + '\n\n'.length * 2); // <br>, p→ul, li→li
  });
});

describe('locate', () => {
  it('maps a sentence spanning a link, bold text and a line break to exact DOM positions', () => {
    const html = '<p>Intro. The <a href="x">MIROCALS</a> trial <strong>showed</strong> that about<br>80% benefited. After.</p>';
    const ex = extractVisibleText(body(html));
    const sentence = 'The MIROCALS trial showed that about\n80% benefited.';
    const start = ex.text.indexOf(sentence);
    expect(start).toBeGreaterThan(0);
    const pos = locate(ex.segments, start, start + sentence.length)!;
    expect(pos.startNode.data).toBe('Intro. The ');
    expect(pos.startOffset).toBe(7);
    expect(pos.endNode.data).toBe('80% benefited. After.');
    expect(pos.endOffset).toBe('80% benefited.'.length);
    expect(domText(ex, start, start + sentence.length)).toBe('The MIROCALS trial showed that about80% benefited.');
  });

  it('trims generated characters at the edges and returns null for a generated-only range', () => {
    const ex = extractVisibleText(body('<p>one</p><p>two</p>'));
    expect(ex.text).toBe('one\n\ntwo');
    const pos = locate(ex.segments, 2, 7)!;
    expect(pos.startNode.data).toBe('one');
    expect(pos.startOffset).toBe(2);
    expect(pos.endNode.data).toBe('two');
    expect(pos.endOffset).toBe(2);
    expect(locate(ex.segments, 3, 5)).toBeNull();
    expect(locate(ex.segments, 4, 4)).toBeNull();
  });

  it('stillMatches notices changed or removed text', () => {
    const root = body('<p>The trial <b>worked</b>.</p><p>Other</p>');
    const ex = extractVisibleText(root);
    expect(stillMatches(ex, 0, ex.text.indexOf('\n'))).toBe(true);
    root.querySelector('b')!.firstChild!.textContent = 'failed';
    expect(stillMatches(ex, 0, ex.text.indexOf('\n'))).toBe(false);
    const second = ex.text.indexOf('Other');
    expect(stillMatches(ex, second, second + 5)).toBe(true);
    root.lastElementChild!.remove();
    expect(stillMatches(ex, second, second + 5)).toBe(false);
  });
});

describe('extractFromHtml', () => {
  it('extracts a full document and a fragment the same way', () => {
    const doc = extractFromHtml(
      '<!doctype html><html><head><title>T</title><script>x</script></head><body><p>A <b>b</b></p><p>C</p></body></html>',
    );
    const frag = extractFromHtml('<p>A <b>b</b></p><p>C</p>');
    expect(doc.text).toBe('A b\n\nC');
    expect(frag.text).toBe(doc.text);
  });

  it('gives text whose offsets slice the extracted string (the CLI contract)', () => {
    const ex = extractFromHtml(
      '<article><h1>ALS news</h1><p>The MIROCALS trial of low-dose IL-2\nenrolled 220 people.</p></article>',
    );
    expect(ex.text).toBe('ALS news\n\nThe MIROCALS trial of low-dose IL-2 enrolled 220 people.');
  });
});

describe('createExtractor: the same walk in slices', () => {
  const html =
    '<h1>Low-dose IL-2 in ALS</h1><p>The <b>MIROCALS</b> trial   enrolled\n220 people.<br>Next line.</p>' +
    '<table><tr><td>a</td><td>b</td></tr></table><pre>  kept\n  as is</pre><div hidden>secret</div>' +
    Array.from({ length: 300 }, (_, i) => `<p>Paragraph ${i} about <i>riluzole</i> and <span>Tregs</span>.</p>`).join('');

  it('gives exactly what the one-go extraction gives, however often it is stopped', () => {
    const whole = extractVisibleText(body(html));
    for (const every of [1, 2, 7]) {
      let calls = 0;
      const ex = createExtractor(body(html));
      let steps = 0;
      while (!ex.step(() => ++calls % every === 0)) steps++;
      expect(steps).toBeGreaterThan(2);
      expect(ex.result().text).toBe(whole.text);
      expect(ex.result().segments.map((s) => [s.start, s.end, s.offset, segmentData(s)])).toEqual(
        whole.segments.map((s) => [s.start, s.end, s.offset, segmentData(s)]),
      );
    }
  });

  it('walks 5,000-deep nesting without recursion', () => {
    const deep = '<div>'.repeat(5000) + 'ALS text at the bottom.' + '</div>'.repeat(5000);
    expect(extractVisibleText(body(`<p>Top.</p>${deep}`)).text).toBe('Top.\n\nALS text at the bottom.');
  });
});

describe('leafText: an element without element children read as one text', () => {
  const html =
    '<h1>Low-dose IL-2 in ALS</h1><p>The <b>MIROCALS</b> trial   enrolled\n220 people.<br>Next line.</p>' +
    '<p>Split<!-- a comment --> by a comment, and  spaced.</p><pre>  kept\n  as is</pre><div hidden>secret</div>' +
    Array.from({ length: 50 }, (_, i) => `<p>Paragraph ${i} about <i>riluzole</i> and <span>Tregs</span>.</p>`).join('');

  it('gives the same text, and the same DOM positions for every range, as the node-by-node walk', () => {
    const plain = extractVisibleText(body(html));
    const leaf = extractVisibleText(body(html), { leafText: true });
    expect(leaf.text).toBe(plain.text);
    // Fewer segments: one per leaf element rather than one per Text node.
    expect(leaf.segments.length).toBeLessThan(plain.segments.length);
    for (const sentence of [
      'MIROCALS trial enrolled',
      'Split by a comment, and spaced',
      'kept',
      'riluzole and Tregs',
      'IL-2 in ALS',
    ]) {
      const start = plain.text.indexOf(sentence);
      expect(start).toBeGreaterThanOrEqual(0);
      const a = locate(plain.segments, start, start + sentence.length)!;
      const b = locate(leaf.segments, start, start + sentence.length)!;
      expect([b.startNode.data, b.startOffset, b.endNode.data, b.endOffset]).toEqual([
        a.startNode.data,
        a.startOffset,
        a.endNode.data,
        a.endOffset,
      ]);
    }
  });

  it('maps a range ending at the end of a Text node before a comment to that node', () => {
    const ex = extractVisibleText(body('<p>Split<!-- c --> rest</p>'), { leafText: true });
    expect(ex.text).toBe('Split rest');
    const pos = locate(ex.segments, 0, 5)!;
    expect([pos.startNode.data, pos.startOffset, pos.endNode.data, pos.endOffset]).toEqual(['Split', 0, 'Split', 5]);
  });

  it('stillMatches notices a changed leaf', () => {
    const root = body('<p>The trial worked.</p><p>Other</p>');
    const ex = extractVisibleText(root, { leafText: true });
    expect(stillMatches(ex, 0, 9)).toBe(true);
    root.querySelector('p')!.textContent = 'The trail worked.';
    expect(stillMatches(ex, 0, 9)).toBe(false);
  });
});

describe('maxNodes', () => {
  it('stops the walk there, with the start of the text', () => {
    const html = Array.from({ length: 100 }, (_, i) => `<p>p${i}</p>`).join('');
    const whole = extractVisibleText(body(html), { maxNodes: 1000 });
    expect(whole.text).toBe(extractVisibleText(body(html)).text);
    const cut = extractVisibleText(body(html), { maxNodes: 20 });
    expect(cut.text.length).toBeGreaterThan(0);
    expect(whole.text.startsWith(cut.text)).toBe(true);
    expect(cut.text.length).toBeLessThan(whole.text.length);
  });
});
