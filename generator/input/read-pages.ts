/**
 * Finding the pages under the input folders: HTML and text files, read recursively, in a
 * stable order so that the same folders always give the same model.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { stemOf } from '../sections/method-name.ts';

export interface PageFile {
  /** Path relative to its input folder (prefixed with the folder's name when there are several). */
  id: string;
  /** File name without extension: the method name when the page does not say it. */
  stem: string;
  format: 'html' | 'text' | 'record';
  content: string;
}

const PAGE_EXTENSIONS = /\.(html?|txt|text|md|json)$/i;
/** JSON files beside the records that are not records of one method. */
const NOT_RECORDS = new Set(['methods.json', 'package.json', 'manifest.json', 'README.md']);

export class InputError extends Error {}

export function readPages(inputs: readonly string[]): PageFile[] {
  const pages: PageFile[] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = statSync(input);
    } catch {
      throw new InputError(`Input folder ${input} does not exist.`);
    }
    const files = stat.isDirectory() ? listFiles(input) : [input];
    for (const file of files) {
      if (!PAGE_EXTENSIONS.test(file) || NOT_RECORDS.has(basename(file))) continue;
      const rel = stat.isDirectory() ? relative(input, file).split(sep).join('/') : basename(file);
      const id = inputs.length > 1 ? `${basename(input)}/${rel}` : rel;
      const content = readFileSync(file, 'utf8');
      pages.push({ id, stem: stemOf(rel), format: formatOf(file, content), content });
    }
  }
  return pages.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** HTML by extension, or by content for text files that are really markup. */
export function formatOf(file: string, content: string): 'html' | 'text' | 'record' {
  if (/\.html?$/i.test(file)) return 'html';
  if (/\.json$/i.test(file)) return 'record';
  return /^\s*(<!doctype html|<html[\s>])/i.test(content) ? 'html' : 'text';
}
