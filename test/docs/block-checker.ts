/**
 * Type-checks markdown code blocks against the package's sources, in one TypeScript program:
 * each block becomes a virtual file beside its markdown file (so a README in examples/ can import
 * its neighbours), 'steamworks-rx' and 'steamworks-rx/testing' map to src/index.ts and
 * src/testing.ts, and the compiler options are the repository's (strict) with ESM module
 * syntax, so a block may use top-level await as a game's own module would.
 */
import { dirname, join } from 'node:path';
import * as ts from 'typescript';
import type { CodeBlock } from './markdown-blocks';

export interface BlockProblem {
  /** `README.md:57` — the markdown line the diagnostic points at. */
  readonly where: string;
  readonly message: string;
}

/** Makes every block a module of its own, so blocks cannot see (or clash with) each other's names. */
const MODULE_MARKER = '\nexport {};\n';

const virtualPathOf = (root: string, block: CodeBlock): string =>
  join(root, dirname(block.file), `__${block.file.replace(/[^a-z0-9]+/gi, '-')}-line-${block.line}.ts`);

const compilerOptions = (root: string): ts.CompilerOptions => {
  const config = {
    extends: './tsconfig.json',
    compilerOptions: {
      noEmit: true,
      module: 'esnext',
      moduleResolution: 'bundler',
      types: ['node'],
      paths: { 'steamworks-rx': ['./src/index.ts'], 'steamworks-rx/testing': ['./src/testing.ts'] },
    },
    files: [],
  };
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const errors = parsed.errors.filter((error) => error.code !== 18002); // 18002: "files" is empty, as meant.
  if (errors.length > 0) throw new Error(ts.formatDiagnostics(errors, { getCanonicalFileName: (name) => name, getCurrentDirectory: () => root, getNewLine: () => '\n' }));
  return parsed.options;
};

/** Checks all blocks at once and answers each block's problems (none for a block that compiles). */
export const checkBlocks = (root: string, blocks: readonly CodeBlock[]): ReadonlyMap<CodeBlock, readonly BlockProblem[]> => {
  const options = compilerOptions(root);
  const sources = new Map(blocks.map((block) => [virtualPathOf(root, block), block]));
  const host = ts.createCompilerHost(options);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (path) => sources.has(path) || fileExists(path);
  host.readFile = (path) => {
    const block = sources.get(path);
    return block === undefined ? readFile(path) : block.code + MODULE_MARKER;
  };
  host.getSourceFile = (path, languageVersion, onError, shouldCreate) => {
    const block = sources.get(path);
    return block === undefined ? getSourceFile(path, languageVersion, onError, shouldCreate) : ts.createSourceFile(path, block.code + MODULE_MARKER, languageVersion, true);
  };
  const program = ts.createProgram({ rootNames: [...sources.keys()], options, host });

  return new Map(
    [...sources].map(([path, block]) => {
      const file = program.getSourceFile(path);
      const diagnostics = file === undefined ? [] : [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)];
      const problems = diagnostics.map((diagnostic): BlockProblem => {
        const line = diagnostic.file !== undefined && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line : 0;
        return { where: `${block.file}:${block.line + line}`, message: `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}` };
      });
      return [block, problems];
    }),
  );
};
