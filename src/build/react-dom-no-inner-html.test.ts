import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeInnerHtmlSink } from './react-dom-no-inner-html';

const require = createRequire(import.meta.url);
const reactDomClient = readFileSync(
  join(dirname(require.resolve('react-dom/package.json')), 'cjs/react-dom-client.production.js'),
  'utf8',
);

describe('removeInnerHtmlSink', () => {
  it('leaves no variable assigned to innerHTML in the installed React DOM', () => {
    expect(reactDomClient).toMatch(/\.innerHTML = [a-z]/i); // the sink is there before
    const out = removeInnerHtmlSink(reactDomClient);
    expect(out).not.toMatch(/\.innerHTML\s*=\s*[a-z_$]/i);
    // The only innerHTML left is React's constant '<script></script>' trick.
    expect(out.match(/innerHTML\s*=/g)).toHaveLength(1);
    expect(out).toContain('innerHTML = "<script>');
  });

  it('replaces the sink with a throw', () => {
    const out = removeInnerHtmlSink('x && (domElement.innerHTML = key);');
    expect(out).not.toContain('innerHTML');
    expect(() => new Function('x', 'domElement', out)(true, {})).toThrow(/dangerouslySetInnerHTML is disabled/);
  });

  it('fails the build when React DOM writes the assignment differently', () => {
    expect(() => removeInnerHtmlSink('el.innerHTML = html;', 'react-dom-client.production.js')).toThrow(/changed shape/);
  });

  it('leaves code without the sink alone', () => {
    expect(removeInnerHtmlSink('const a = 1;')).toBe('const a = 1;');
  });
});
