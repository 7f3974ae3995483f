/** The structured reference records in ../shared (CI has ../shared beside the checkout). */
import { join } from 'node:path';
import { DOCS_INPUT } from './pages.ts';

export const RECORDS = join(DOCS_INPUT, '..', '..', 'shared', 'slack-reference', 'methods');
export const RESPONSES = join(DOCS_INPUT, '..', '..', 'shared', 'slack-responses');
