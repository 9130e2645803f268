// Making untrusted page text safe inside Markdown and on a terminal.

/** Collapses every run of whitespace (line breaks included) into one space and trims. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Escapes text so Markdown shows it literally, on one line: inline markup (emphasis, code, links, HTML,
 * tables, strike-through, entities) and what would start a block (heading, list, quote) at line start.
 */
export function escapeMarkdown(s: string): string {
  return oneLine(s)
    .replace(/[\\`*_[\]{}<>#|~&!]/g, (c) => `\\${c}`)
    .replace(/^([-+=>])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Removes control characters (escape sequences from a page must not reach the terminal). */
export function stripControl(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ');
}
