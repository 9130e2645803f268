// The raw text of a subtree (what `textContent` gives: every Text node, in document order, joined
// without separators), read a few hundred nodes at a time and handed to a test in windows. The
// content script's topic gate runs on it: `body.textContent` plus one regex over a 10 MB page, or
// over a 100k-node page, is one task of 30–80 ms on the page's thread; read this way, the same check
// is spread over idle slices and stops at the first window that passes.

export interface TextScanOptions {
  /** Characters per window given to the test. */
  windowChars?: number;
  /** Characters kept from the start of the text (see `head`). */
  headChars?: number;
  /** Text nodes read at most (see ExtractOptions.maxNodes): the scan ends there, unfound. */
  maxNodes?: number;
}

export interface TextScan {
  /** Reads on until `stop()` says so (asked every few nodes and after each window tested), a window
   * passes the test, or the text ends; true once finished (found, or read to the end). */
  step(stop?: () => boolean): boolean;
  /** True once a window passed the test. */
  found: boolean;
  /** The first `headChars` characters of the text read so far. */
  head(): string;
}

const SHOW_TEXT = 4;
/** Characters of the previous window repeated at the start of the next, so that a match across a
 * window boundary is still seen (longer than any match the test looks for). */
const OVERLAP = 256;
/** The longest text already read that is tested in one piece. */
const WHOLE = 2e6;
/** Nodes read between two looks at the clock. */
const NODES_PER_CHECK = 128;

/** Starts reading the text under `root` (an element, a document or a fragment), or a text already
 * read (then only the windows' tests are spread over steps). */
export function createTextScan(root: Node | string, test: (window: string) => boolean, opts: TextScanOptions = {}): TextScan {
  const read = typeof root === 'string';
  // A text already read of up to 2 MB is tested whole, as one window (one regex pass over 1 MB is a
  // few ms): cutting it into windows copied every character once more for nothing.
  const windowChars = opts.windowChars ?? (read && root.length <= WHOLE ? WHOLE : 65_536);
  const headChars = opts.headChars ?? 0;
  const walker = read ? null : (root.nodeType === 9 ? (root as Document) : root.ownerDocument!).createTreeWalker(root, SHOW_TEXT);
  let carry = '';
  let parts: string[] = [];
  let size = 0;
  let done = false;
  let nodes = 0;
  // Without a limit, `n > undefined` is always false.
  const maxNodes = opts.maxNodes as number;
  /** The Text node being read and how far: a single huge node (10 MB in one <pre>) is read a window
   * at a time too. */
  let data = read ? root : '';
  let head = data.slice(0, headChars);
  let at = 0;

  /** Tests what is buffered (with the carried tail of the previous window); true when it passed. With
   * nothing buffered it tests the tail again, which failed already. */
  const flush = (): boolean => {
    const text = carry + parts.join('');
    parts = [];
    size = 0;
    carry = text.slice(-OVERLAP);
    return test(text);
  };

  const scan = {
    found: false,
    step(stop?: () => boolean) {
      let n = 0;
      while (!done) {
        if (at >= data.length) {
          if (stop && ++n % NODES_PER_CHECK === 0 && stop()) return false;
          const t = ++nodes > maxNodes ? null : (walker?.nextNode() as Text | null);
          if (!t) {
            scan.found = flush();
            done = true;
            break;
          }
          data = t.data;
          at = 0;
          head += data.slice(0, headChars - head.length);
          continue;
        }
        const piece = data.slice(at, at + windowChars - size);
        at += piece.length;
        parts.push(piece);
        size += piece.length;
        if (size < windowChars) continue;
        done = scan.found = flush();
        if (!done && stop?.()) return false;
      }
      return true;
    },
    head: () => head,
  };
  return scan;
}
