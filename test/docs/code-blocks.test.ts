/**
 * Every ```ts block in README.md, docs/**\/*.md and examples/**\/README.md type-checks against the
 * package's sources, as a user would paste it: strict, imports from 'steamworks-rx' and
 * 'steamworks-rx/testing', each block a module of its own (declare what it uses).
 *
 * A block that is deliberately partial (a fragment inside a larger program, pseudo-code) is
 * marked in its info string, and only then left out:
 *
 *     ```ts skip-check
 *
 * Other fences (```sh, ```text, plain ```) are never checked.
 */
import { join } from 'node:path';
import { checkBlocks, type BlockProblem } from './block-checker';
import { codeBlocksOf, repositoryCodeBlocks, type CodeBlock } from './markdown-blocks';

const ROOT = join(__dirname, '..', '..');
const BLOCKS = repositoryCodeBlocks(ROOT);

let problems: ReadonlyMap<CodeBlock, readonly BlockProblem[]> | undefined;
const problemsOf = (block: CodeBlock): readonly BlockProblem[] => {
  // One program for all blocks: the package's sources are read and checked once.
  problems ??= checkBlocks(ROOT, BLOCKS);
  return problems.get(block) ?? [];
};

describe('extracting code blocks', () => {
  it('takes ts and typescript fences, with their first code line, and leaves out skip-check and other languages', () => {
    const markdown = ['# T', '```ts', 'const a = 1;', '```', '```sh', 'npm test', '```', '````typescript', '```', 'const b = 2;', '````', '```ts skip-check', 'partial(', '```'].join('\n');
    expect(codeBlocksOf(markdown, 'T.md')).toEqual([
      { file: 'T.md', line: 3, code: 'const a = 1;' },
      { file: 'T.md', line: 9, code: '```\nconst b = 2;' },
    ]);
  });

  it('finds the README quickstart among the repository blocks', () => {
    expect(BLOCKS.filter((block) => block.file === 'README.md' && block.code.includes('steamInit')).length).toBeGreaterThan(0);
  });
});

describe.each(BLOCKS.map((block) => [`${block.file}:${block.line}`, block] as const))('the ```ts block at %s', (_where, block) => {
  it('type-checks against the package sources', () => {
    expect(problemsOf(block).map((problem) => `${problem.where} ${problem.message}`).join('\n')).toBe('');
  }, 120_000);
});
