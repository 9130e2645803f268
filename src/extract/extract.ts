// Visible text of a DOM subtree, as one string the engine can read, plus a map from offsets in that
// string back to DOM Text nodes. Works on the real DOM (content script) and on linkedom (CLI, tests):
// no `document`/`window` globals, only the nodes it is given.
//
// The text follows what a reader sees: whitespace collapses as HTML renders it, block-level elements
// are separated by a blank line ("\n\n", which is where the prefilter splits passages), <br> is "\n",
// table cells are separated by a tab. Characters the walk generates (breaks, tabs) map to no node;
// every other character maps to exactly one character of one Text node.

/** A run of extracted text that maps one-to-one onto characters of one Text node, or (with
 * `leafText`) of an element with no element children: of its textContent. */
export interface Segment {
  /** Offsets in the extracted text: [start, end). */
  start: number;
  end: number;
  node: Text | Element;
  /** Offset in the node's text (segmentData) of the character at `start`. */
  offset: number;
}

/** The text a segment's offsets are in: a Text node's data, or a leaf element's textContent (a Text
 * node's textContent is its data). */
export function segmentData(seg: Segment): string {
  return seg.node.textContent ?? '';
}

export interface Extracted {
  text: string;
  segments: Segment[];
}

/** The computed-style facts the walk uses, when a live page can provide them. */
export interface StyleFacts {
  display?: string;
  visibility?: string;
  whiteSpace?: string;
}

export interface ExtractOptions {
  /** Computed style of an element (content script: getComputedStyle). Without it (or when it gives
   * null for an element), tag names and inline styles decide what is a block and what is hidden. */
  getStyle?: (el: Element) => StyleFacts | null | undefined;
  /** Elements to leave out with everything inside them (e.g. the extension's own shadow host). */
  skip?: (el: Element) => boolean;
  /** Read an element with no element children as one text, its textContent, instead of visiting its
   * Text nodes: no JS wrapper per Text node in a content script (half the wrappers on a page of
   * paragraphs; see maxNodes). Its segments then point at the element (see segmentData). */
  leafText?: boolean;
  /** Nodes visited at most; the walk ends there, with the start of the text. In a content script each
   * node visited gets a JS wrapper in the extension's world, and past a few hundred thousand the
   * wrapper table's growth alone is a pause of 40 ms and more that no slicing can split. */
  maxNodes?: number;
}

const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'MATH',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'TEXTAREA',
  'SELECT',
  'INPUT',
  'BUTTON',
]);

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
  'LEGEND',
  'OPTGROUP',
]);
const CELL_TAGS = new Set(['TD', 'TH']);

const COLLAPSIBLE = /[ \t\n\r\f]+/g;
const ELEMENT = 1;
const TEXT = 3;
const DOCUMENT = 9;
const FRAGMENT = 11;

type Layout = 'block' | 'cell' | 'inline' | 'hidden';

function inlineStyle(el: Element, prop: string): string | undefined {
  const style = el.getAttribute('style');
  if (!style) return undefined;
  const m = new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*([^;!]+)`, 'i').exec(style);
  return m?.[1]?.trim().toLowerCase();
}

function layoutOf(el: Element, opts: ExtractOptions, computed: StyleFacts | null | undefined): Layout {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return 'hidden';
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return 'hidden';
  if (opts.skip?.(el)) return 'hidden';
  const display = inlineStyle(el, 'display');
  if (display === 'none') return 'hidden';
  if (inlineStyle(el, 'visibility') === 'hidden') return 'hidden';
  if (computed) {
    if (computed.display === 'none') return 'hidden';
    if (computed.visibility === 'hidden' || computed.visibility === 'collapse') return 'hidden';
    const d = computed.display ?? '';
    if (d === 'table-cell') return 'cell';
    if (d.startsWith('inline') || d === 'contents' || d === 'ruby') return 'inline';
    if (d) return 'block';
  }
  if (display) {
    if (display === 'table-cell') return 'cell';
    if (display.startsWith('inline') || display === 'contents') return 'inline';
    return 'block';
  }
  if (CELL_TAGS.has(tag)) return 'cell';
  return BLOCK_TAGS.has(tag) ? 'block' : 'inline';
}

function preserves(el: Element, computed: StyleFacts | null | undefined): boolean {
  const ws = computed?.whiteSpace ?? inlineStyle(el, 'white-space');
  if (ws) return ws.startsWith('pre') || ws === 'break-spaces';
  const tag = el.tagName.toUpperCase();
  return tag === 'PRE' || tag === 'LISTING' || tag === 'PLAINTEXT';
}

/** An extraction in progress: `step` walks until `stop()` says so (checked every few nodes) and
 * returns true once the whole subtree is done; `result` is the text so far. The walk keeps its own
 * stack, so 5,000-deep nesting costs no recursion, and a page's walk can be spread over idle slices. */
export interface Extractor {
  step(stop?: () => boolean): boolean;
  result(): Extracted;
}

/** Nodes visited between two looks at the clock. */
const NODES_PER_CHECK = 16;

interface Frame {
  child: Node | null;
  pre: boolean;
  /** Break to emit when the element is left (0 for the root). */
  level: number;
}

/** Starts extracting the visible text under `root` (an element, a document or a fragment). */
export function createExtractor(root: Node, opts: ExtractOptions = {}): Extractor {
  /** The text of this step, joined into `chunks` when the step ends: one join of 300k small strings
   * at the end of a 10 MB page was a 40 ms pause. */
  const parts: string[] = [];
  const chunks: string[] = [];
  const endStep = () => {
    if (parts.length) chunks.push(parts.join(''));
    parts.length = 0;
  };
  const segments: Segment[] = [];
  let length = 0;
  /** Generated separator waiting for the next visible character: 0 none, 1 tab, 2 "\n", 3 "\n\n". */
  let pendingBreak = 0;
  let pendingBrs = 0;
  /** Collapsed whitespace waiting for the next visible character, with where it was. */
  let pendingSpace: { node: Text | Element; offset: number } | null = null;

  const emitGenerated = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const emitMapped = (node: Text | Element, offset: number, s: string) => {
    const last = segments[segments.length - 1];
    if (last && last.node === node && last.end === length && last.offset + (last.end - last.start) === offset) {
      last.end += s.length;
    } else {
      segments.push({ start: length, end: length + s.length, node, offset });
    }
    parts.push(s);
    length += s.length;
  };
  const flushBefore = () => {
    if (length > 0) {
      const brk = Math.max(pendingBreak, pendingBrs >= 2 ? 3 : pendingBrs === 1 ? 2 : 0);
      if (brk === 3) emitGenerated('\n\n');
      else if (brk === 2) emitGenerated('\n');
      else if (brk === 1) emitGenerated('\t');
      else if (pendingSpace) emitMapped(pendingSpace.node, pendingSpace.offset, ' ');
    }
    pendingBreak = 0;
    pendingBrs = 0;
    pendingSpace = null;
  };
  const breakAt = (level: number) => {
    pendingBreak = Math.max(pendingBreak, level);
    pendingSpace = null;
  };

  const text = (node: Text | Element, data: string, pre: boolean) => {
    if (!data) return;
    if (pre) {
      flushBefore();
      emitMapped(node, 0, data);
      return;
    }
    let i = 0;
    COLLAPSIBLE.lastIndex = 0;
    for (let m = COLLAPSIBLE.exec(data); ; m = COLLAPSIBLE.exec(data)) {
      const wsStart = m ? m.index : data.length;
      if (wsStart > i) {
        flushBefore();
        emitMapped(node, i, data.slice(i, wsStart));
      }
      if (!m) break;
      if (!pendingSpace && pendingBreak === 0 && pendingBrs === 0) pendingSpace = { node, offset: m.index };
      i = m.index + m[0].length;
    }
  };

  /** One computed style per element: each getComputedStyle call is a new object (in a content script
   * a new wrapper too). */
  const styleOf = (el: Element): StyleFacts | null | undefined => opts.getStyle?.(el);

  const stack: Frame[] = [];
  if (root.nodeType === TEXT) text(root as Text, (root as Text).data, false);
  else if (root.nodeType === DOCUMENT) {
    const body = (root as Document).body ?? (root as Document).documentElement;
    if (body) stack.push({ child: body.firstChild, pre: false, level: 0 });
  } else if (root.nodeType === ELEMENT) {
    const el = root as Element;
    const computed = styleOf(el);
    if (layoutOf(el, opts, computed) !== 'hidden') stack.push({ child: el.firstChild, pre: preserves(el, computed), level: 0 });
  } else if (root.nodeType === FRAGMENT) stack.push({ child: root.firstChild, pre: false, level: 0 });

  let joined: Extracted | null = null;
  let visited = 0;
  // Without a limit, `n > undefined` is always false.
  const maxNodes = opts.maxNodes as number;
  return {
    step(stop) {
      joined = null;
      let n = 0;
      while (stack.length) {
        if (stop && ++n % NODES_PER_CHECK === 0 && stop()) {
          endStep();
          return false;
        }
        const top = stack[stack.length - 1]!;
        const child = top.child;
        if (!child) {
          stack.pop();
          if (top.level) breakAt(top.level);
          continue;
        }
        // Past maxNodes the walk ends: the text is the start of the subtree's.
        if (++visited > maxNodes) break;
        top.child = child.nextSibling;
        if (child.nodeType === TEXT) {
          text(child as Text, (child as Text).data, top.pre);
        } else if (child.nodeType === ELEMENT) {
          const el = child as Element;
          if (el.tagName.toUpperCase() === 'BR') {
            pendingBrs++;
            pendingSpace = null;
            continue;
          }
          const computed = styleOf(el);
          const layout = layoutOf(el, opts, computed);
          if (layout === 'hidden') continue;
          const level = layout === 'block' ? 3 : layout === 'cell' ? 1 : 0;
          if (level) breakAt(level);
          const pre = top.pre || preserves(el, computed);
          if (opts.leafText && el.firstElementChild === null) {
            text(el, el.textContent ?? '', pre);
            if (level) breakAt(level);
            continue;
          }
          stack.push({ child: el.firstChild, pre, level });
        }
      }
      endStep();
      return true;
    },
    result() {
      endStep();
      return (joined ??= { text: chunks.join(''), segments });
    },
  };
}

/** Extracts the visible text under `root` (an element, a document or a fragment) in one go. */
export function extractVisibleText(root: Node, opts: ExtractOptions = {}): Extracted {
  const ex = createExtractor(root, opts);
  ex.step();
  return ex.result();
}
