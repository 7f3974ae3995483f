/** Prettier, once per file. */
import { format } from 'prettier';

const OPTIONS = { singleQuote: true, printWidth: 110, trailingComma: 'all' } as const;

export function formatTypeScript(text: string): Promise<string> {
  return format(text, { ...OPTIONS, parser: 'typescript' });
}
