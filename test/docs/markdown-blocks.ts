/**
 * The TypeScript code blocks of the repository's markdown: README.md, docs/**\/*.md (but not the
 * generated docs/api) and examples/**\/README.md. A block is a fence whose info string starts
 * with `ts` or `typescript`; one whose info string also says `skip-check` is left out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface CodeBlock {
  /** The markdown file, relative to the repository root. */
  readonly file: string;
  /** 1-based line of the block's first code line in that file. */
  readonly line: number;
  readonly code: string;
}

const markdownUnder = (directory: string, accept: (name: string) => boolean, skip: (path: string) => boolean): string[] => {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (skip(path)) return [];
    if (entry.isDirectory()) return markdownUnder(path, accept, skip);
    return entry.isFile() && accept(entry.name) ? [path] : [];
  });
};

/** Every markdown file whose blocks are checked, sorted, as absolute paths. */
export const documentationFiles = (root: string): string[] => {
  const generated = join(root, 'docs', 'api');
  return [
    join(root, 'README.md'),
    ...markdownUnder(join(root, 'docs'), (name) => name.endsWith('.md'), (path) => path === generated),
    ...markdownUnder(join(root, 'examples'), (name) => name === 'README.md', (path) => path.endsWith('node_modules')),
  ]
    .filter((path) => existsSync(path))
    .sort();
};

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*(.*)$/;

/** `ts`, `typescript`, optionally followed by words; `skip-check` among them leaves it out. */
const isCheckedInfo = (info: string): boolean => {
  const [language, ...words] = info.trim().split(/\s+/);
  return (language === 'ts' || language === 'typescript') && !words.includes('skip-check');
};

export const codeBlocksOf = (markdown: string, file: string): CodeBlock[] => {
  const blocks: CodeBlock[] = [];
  const lines = markdown.split('\n');
  let open: { readonly fence: string; readonly checked: boolean; readonly line: number; readonly code: string[] } | undefined;
  lines.forEach((text, index) => {
    const fence = FENCE.exec(text);
    if (open === undefined) {
      if (fence?.[1] !== undefined) open = { fence: fence[1], checked: isCheckedInfo(fence[2] ?? ''), line: index + 2, code: [] };
      return;
    }
    // A fence closes on a line of the same character, at least as long, and nothing after it.
    const closes = fence?.[1] !== undefined && fence[1][0] === open.fence[0] && fence[1].length >= open.fence.length && (fence[2] ?? '').trim() === '';
    if (!closes) {
      open.code.push(text);
      return;
    }
    if (open.checked) blocks.push({ file, line: open.line, code: open.code.join('\n') });
    open = undefined;
  });
  return blocks;
};

export const repositoryCodeBlocks = (root: string): CodeBlock[] =>
  documentationFiles(root).flatMap((path) => codeBlocksOf(readFileSync(path, 'utf8'), relative(root, path)));
