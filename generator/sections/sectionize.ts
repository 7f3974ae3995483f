/**
 * Blocks into sections by meaning: known headings open sections; so do table header lines
 * (`Error Description`) and the sentences that introduce error and warning tables, for pages
 * that lost their headings (docs-input/api.slack.com/oauth.token.txt).
 */
import type { Block, Section, SectionKind } from '../documents/document.ts';
import { headerLineRoles, headingKind } from '../documents/headings.ts';
import { METHOD_NAME } from './method-name.ts';

const ARGUMENT_KINDS: ReadonlySet<SectionKind> = new Set([
  'arguments',
  'required-arguments',
  'optional-arguments',
]);

export function sectionize(blocks: readonly Block[]): Section[] {
  const sections: Section[] = [{ kind: 'preamble', title: '(start of page)', blocks: [] }];
  const current = () => sections[sections.length - 1]!;
  const open = (kind: SectionKind, title: string, line: number | undefined) => {
    const s: Section = { kind, title, blocks: [] };
    if (line !== undefined) s.line = line;
    sections.push(s);
  };
  blocks.forEach((block, index) => {
    if (block.kind === 'heading' && block.level >= 1) {
      if (METHOD_NAME.test(block.text.trim())) {
        current().blocks.push(block);
        return;
      }
      if (isExampleLabel(blocks, index, current().kind)) {
        current().blocks.push({ kind: 'text', text: block.text, codes: [], depth: 0, line: block.line });
        return;
      }
      const kind = headingKind(block.text);
      if (kind) {
        open(kind, block.text, block.line);
        return;
      }
      if (block.level === 2) {
        open('other', block.text, block.line);
        return;
      }
    }
    if (block.kind === 'text') {
      const implied = impliedSection(block.text, current().kind);
      if (implied) open(implied.kind, implied.title, block.line);
      else {
        const kind = headingKind(block.text);
        if (kind && block.text.length <= 30 && !isExampleLabel(blocks, index, current().kind)) {
          open(kind, block.text, block.line);
          return;
        }
      }
    }
    current().blocks.push(block);
  });
  return sections.filter((s, i) => i === 0 || s.blocks.length > 0 || s.kind !== 'other');
}

/**
 * `Example` standing alone inside an arguments section is an argument's label, its value on the
 * next line, not the heading of the example responses (which a code block follows).
 */
function isExampleLabel(blocks: readonly Block[], index: number, currentKind: SectionKind): boolean {
  const block = blocks[index]!;
  if (!ARGUMENT_KINDS.has(currentKind) || (block.kind !== 'heading' && block.kind !== 'text')) return false;
  if (!/^examples?\s*:?$/i.test(block.text.trim())) return false;
  const next = blocks.slice(index + 1, index + 4).find((b) => b.kind !== 'blank');
  return next !== undefined && next.kind !== 'code';
}

/** A section a line opens without a heading: a table header or an introducing sentence. */
function impliedSection(text: string, currentKind: SectionKind): { kind: SectionKind; title: string } | null {
  const roles = headerLineRoles(text);
  if (roles) {
    // Named by what it holds: the header row's words run together read as nonsense in a diagnostic.
    if (roles.includes('error') && currentKind !== 'errors') return { kind: 'errors', title: 'Errors table' };
    if (roles.includes('warning') && currentKind !== 'warnings')
      return { kind: 'warnings', title: 'Warnings table' };
    if (roles.includes('name') && !ARGUMENT_KINDS.has(currentKind))
      return { kind: 'arguments', title: 'Arguments table' };
    return null;
  }
  if (/\blists? the (expected |possible )?errors\b/i.test(text) && currentKind !== 'errors') {
    return { kind: 'errors', title: text };
  }
  if (/\blists? the (expected |possible )?warnings\b/i.test(text) && currentKind !== 'warnings') {
    return { kind: 'warnings', title: text };
  }
  return null;
}

export function isArgumentSection(kind: SectionKind): boolean {
  return ARGUMENT_KINDS.has(kind);
}
