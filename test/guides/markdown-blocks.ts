/**
 * The fenced code blocks of a Markdown guide, with the quotation marker that may precede each:
 * `<!-- quoted from path -->` (the block is that whole file) or `<!-- excerpt of path -->` (the
 * block is a piece of it), so a test can hold the guide to the code it quotes.
 */

export interface Quotation {
  readonly kind: 'quoted from' | 'excerpt of';
  /** Relative to the repository root. */
  readonly path: string;
}

export interface CodeBlock {
  /** What follows the opening fence: `ts`, `ts skip-check`, `sh`, `dockerfile`, … */
  readonly info: string;
  readonly code: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly quotation: Quotation | undefined;
}

const MARKER = /^<!-- (quoted from|excerpt of) (\S+) -->$/;
const FENCE = /^```(.*)$/;

/** Every fenced block of `markdown`, in order. */
export const codeBlocks = (markdown: string): readonly CodeBlock[] => {
  const lines = markdown.split('\n');
  const blocks: CodeBlock[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const opening = FENCE.exec(lines[index] ?? '');
    if (opening === null) continue;
    const end = lines.findIndex((line, at) => at > index && line === '```');
    if (end < 0) throw new Error(`an unclosed code fence at line ${index + 1}`);
    const marker = MARKER.exec(lines[index - 1] ?? '');
    blocks.push({
      info: (opening[1] ?? '').trim(),
      code: `${lines.slice(index + 1, end).join('\n')}\n`,
      line: index + 1,
      quotation: marker === null ? undefined : { kind: marker[1] as Quotation['kind'], path: marker[2] ?? '' },
    });
    index = end;
  }
  return blocks;
};

/** Markers with no code block right after them: a quotation that quotes nothing. */
export const danglingMarkers = (markdown: string): readonly number[] => {
  const lines = markdown.split('\n');
  return lines.flatMap((line, index) => (MARKER.test(line) && !FENCE.test(lines[index + 1] ?? '') ? [index + 1] : []));
};

/** A repository file as a guide shows it: imports of the sources read as the package's names. */
export const asPublished = (source: string): string =>
  source.replace(/from '(?:\.\.\/)+src\/testing'/g, "from 'steamworks-rx/testing'").replace(/from '(?:\.\.\/)+src'/g, "from 'steamworks-rx'");
