// Extraction for Node (CLI, tests): parse an HTML string with linkedom and extract its visible text
// exactly as the content script extracts a live page. Kept apart from extract.ts so that the content
// script never bundles linkedom.
import { parseHTML } from 'linkedom';
import { extractVisibleText, type Extracted, type ExtractOptions } from './extract';
import { publishedDate } from './published-date';

/** Visible text (and its map to the parsed DOM) of an HTML document or fragment. */
export function extractFromHtml(html: string, opts: ExtractOptions = {}): Extracted & { published?: string } {
  const isDocument = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype|<html)/i.test(html);
  const { document } = parseHTML(isDocument ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  const doc = document as unknown as Document;
  return { ...extractVisibleText(doc, opts), published: publishedDate(doc) };
}
