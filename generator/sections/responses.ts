/**
 * Example responses: JSON code blocks, each with the sentence or label before it. A page may
 * lose the heading of this section (docs-input/api.slack.com/oauth.token.txt), so code blocks are looked for in every section
 * but the error and warning tables; in argument sections only blocks that are responses (`ok`).
 */
import type { ResponseFact } from '../facts/page-facts.ts';
import type { Section } from '../documents/document.ts';
import { squash } from '../documents/document.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import { diagnostic } from '../model/diagnostics.ts';
import { MAX_JSON_DEPTH } from '../input/limits.ts';
import { isChrome } from './chrome.ts';
import { ExampleBudget, tooMuch } from './example-budget.ts';
import { parseExampleJson, type ParsedExample } from './json-example.ts';
import { isArgumentSection } from './sectionize.ts';

const LABEL =
  /^(common |typical |alternate |alternative |example |sample )?(successful |success |error |failure )?(response|example)s?:?$/i;

/** `budget` counts the fields of the method's examples (one budget for all the sections of a method). */
export function readResponses(
  sections: readonly Section[],
  file: string,
  budget = new ExampleBudget(),
): { responses: ResponseFact[]; diagnostics: Diagnostic[] } {
  const responses: ResponseFact[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const section of sections) {
    if (section.kind === 'errors' || section.kind === 'warnings') continue;
    responses.push(...sectionResponses(section, file, budget, diagnostics));
  }
  return { responses, diagnostics };
}

/** The examples of one section, each described by the paragraph or label before it. */
function sectionResponses(
  section: Section,
  file: string,
  budget: ExampleBudget,
  diagnostics: Diagnostic[],
): ResponseFact[] {
  const responses: ResponseFact[] = [];
  let prose: string[] = [];
  let label: string | null = null;
  let afterBlank = false;
  for (const block of section.blocks) {
    if (block.kind === 'blank') {
      afterBlank = true;
      continue;
    }
    if (block.kind === 'heading' || (block.kind === 'text' && LABEL.test(block.text))) {
      label = block.text;
      prose = [];
      continue;
    }
    if (block.kind === 'text' && !isChrome(block.text)) {
      // In text renderings the description is the paragraph just before the example.
      if (afterBlank) prose = [];
      afterBlank = false;
      prose.push(block.text);
      continue;
    }
    afterBlank = false;
    if (block.kind !== 'code') continue;
    const example = readExample(block.text, block.line, section, file, budget, diagnostics);
    if (!example) continue;
    const fact = responseFact(example.value, label, prose);
    if (example.parsed.recovered) {
      fact.recovered = true;
      fact.raw = block.text;
      diagnostics.push(recoveredDiagnostic(section, file, block.line));
    }
    responses.push(fact);
    prose = [];
    label = null;
  }
  return responses;
}

/** An example as a response: an error when it says `ok: false`, or has no `ok` and its label says error. */
function responseFact(value: object, label: string | null, prose: readonly string[]): ResponseFact {
  const ok = (value as { ok?: unknown }).ok;
  const kind =
    ok === false || (ok === undefined && label !== null && /error|fail/i.test(label)) ? 'error' : 'success';
  const description = prose.length > 0 ? squash(prose.join(' ')) : label;
  return { kind, description, example: value };
}

function recoveredDiagnostic(section: Section, file: string, line: number | undefined): Diagnostic {
  return diagnostic(
    'warning',
    'responses/json-recovered',
    file,
    section.kind === 'responses' ? section.title : 'Example response',
    'An example response is not valid JSON; its keys and values were recovered from the text and the raw text kept.',
    line,
  );
}

/**
 * The example a code block holds, if it is one to keep: JSON (or recoverable as JSON), an
 * object, a response where the section is not about responses, within the limits of depth and
 * of the method's budget. What is skipped in a responses section, or for a limit, is reported.
 */
function readExample(
  text: string,
  line: number | undefined,
  section: Section,
  file: string,
  budget: ExampleBudget,
  diagnostics: Diagnostic[],
): { value: object; parsed: ParsedExample } | null {
  const parsed = parseExampleJson(text);
  if (parsed.tooDeep) {
    diagnostics.push(
      diagnostic(
        'warning',
        'responses/too-deep',
        file,
        section.title,
        `An example in this section nests objects and arrays more than ${MAX_JSON_DEPTH} deep; it was skipped.`,
        line,
      ),
    );
    return null;
  }
  const value = parsed.value;
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  const isResponse = isObject && 'ok' in value;
  if (isArgumentSection(section.kind) && !isResponse) return null;
  if (!parsed.ok || !isObject || (section.kind !== 'responses' && !isResponse)) {
    if (section.kind === 'responses') {
      diagnostics.push(
        diagnostic(
          'warning',
          'responses/not-json',
          file,
          section.title,
          'An example in this section is neither JSON nor recoverable as a JSON object; it was skipped.',
          line,
        ),
      );
    }
    return null;
  }
  const verdict = budget.admit(value);
  if (verdict !== 'ok') {
    diagnostics.push(
      diagnostic(
        'warning',
        'responses/too-large',
        file,
        section.title,
        `An example in this section ${tooMuch(verdict)}, with the examples before it; it was skipped.`,
        line,
      ),
    );
    return null;
  }
  return { value: value, parsed };
}
