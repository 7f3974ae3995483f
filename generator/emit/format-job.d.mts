import type { StatementStructures } from 'ts-morph';

/**
 * A text to format, or statements (printed already, or structures ts-morph prints) that prettier
 * formats together, separated by `boundary` comments.
 */
export type FormatJob =
  { text: string } | { statements: readonly (StatementStructures | string)[]; boundary: string };

export function formatJob(job: FormatJob, options: object): Promise<string>;
