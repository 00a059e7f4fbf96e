/**
 * The guides quote real code: a block marked `<!-- quoted from path -->` is that file (its
 * imports of the sources read as `steamworks-rx`), a block marked `<!-- excerpt of path -->` is a
 * piece of it. The quoted files are type-checked and run by the suite, so the guides cannot drift
 * from code that works.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { asPublished, codeBlocks, danglingMarkers } from './markdown-blocks';

const ROOT = path.resolve(__dirname, '../..');
const GUIDES = ['docs/testing.md', 'docs/electron.md', 'docs/dedicated-servers.md'];

const read = (relative: string): string => readFileSync(path.join(ROOT, relative), 'utf8');

describe.each(GUIDES)('%s', (guide) => {
  const markdown = read(guide);
  const quoted = codeBlocks(markdown).filter((block) => block.quotation !== undefined);

  it('quotes at least one file, and every marker is followed by a block', () => {
    expect(quoted.length).toBeGreaterThan(0);
    expect(danglingMarkers(markdown)).toEqual([]);
  });

  it.each(quoted.map((block) => [`line ${block.line}: ${block.quotation?.kind} ${block.quotation?.path}`, block] as const))('%s matches the file', (_name, block) => {
    const source = asPublished(read(block.quotation?.path ?? ''));
    if (block.quotation?.kind === 'quoted from') expect(block.code).toBe(source);
    else expect(source).toContain(block.code);
  });
});

describe('the quotation markers', () => {
  it('find whole files, excerpts, and markers that quote nothing', () => {
    const markdown = ['<!-- quoted from a.ts -->', '```ts', 'one', '```', '<!-- excerpt of b.ts -->', '```ts skip-check', 'two', '```', '<!-- quoted from c.ts -->', 'text'].join('\n');
    expect(codeBlocks(markdown)).toEqual([
      { info: 'ts', code: 'one\n', line: 2, quotation: { kind: 'quoted from', path: 'a.ts' } },
      { info: 'ts skip-check', code: 'two\n', line: 6, quotation: { kind: 'excerpt of', path: 'b.ts' } },
    ]);
    expect(danglingMarkers(markdown)).toEqual([9]);
  });

  it('read the sources as the package names', () => {
    expect(asPublished("import { a } from '../../src';\nimport { b } from '../../src/testing';\n")).toBe(
      "import { a } from 'steamworks-rx';\nimport { b } from 'steamworks-rx/testing';\n",
    );
  });
});
