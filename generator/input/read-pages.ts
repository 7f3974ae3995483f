/**
 * Finding the pages under the input folders: HTML, text, Markdown and JSON files, read
 * recursively (links followed), in a stable order so that the same folders always give the
 * same model.
 */
import { readFileSync, statSync, type Stats } from 'node:fs';
import { basename, relative, sep } from 'node:path';
import { diagnostic, type Diagnostic } from '../model/diagnostics.ts';
import { fileStamp, settled } from '../disk/file-stamp.ts';
import { fsProblem } from '../disk/fs-problem.ts';
import { listFiles } from './list-files.ts';
import { MAX_PAGE_BYTES } from './limits.ts';

export interface PageFile {
  /** Path relative to its input folder (prefixed with the folder's name when there are several). */
  id: string;
  /** File name without extension: the method name when the page does not say it. */
  stem: string;
  format: 'html' | 'text' | 'record';
  content: string;
  /** Set when the file is larger than `MAX_PAGE_BYTES`: its size. It was not read (`content` is empty). */
  bytes?: number;
}

const PAGE_EXTENSIONS = /\.(html?|txt|text|md|json)$/i;
/** JSON files beside the records that are not records of one method. */
const NOT_RECORDS = new Set(['methods.json', 'package.json', 'manifest.json', 'README.md']);

export class InputError extends Error {}

export interface Inputs {
  pages: PageFile[];
  /** Files and folders that could not be read or followed. */
  diagnostics: Diagnostic[];
}

/** The page files of one input: a folder read recursively, or a single page file. */
function inputFiles(input: string): { files: string[]; isDir: boolean; diagnostics: Diagnostic[] } {
  let stat;
  try {
    stat = statSync(input);
  } catch (err) {
    const code = (err as { code?: string }).code;
    throw new InputError(
      code === 'ENOENT'
        ? `Input folder ${input} does not exist.`
        : `Input ${input} cannot be read: ${fsProblem(err)}.`,
    );
  }
  if (!stat.isDirectory()) return { files: [input], isDir: false, diagnostics: [] };
  return { ...listFiles(input), isDir: true };
}

/**
 * Texts already read in this process, by file, with the file's stamp then: a running generator
 * (--watch) reads again only the files that changed. A single run keeps nothing.
 */
const readBefore = new Map<string, { stamp: string; content: string }>();
let remembering = false;

/** From now on, remember the files read (a running generator calls it once). */
export function rememberInputs(): void {
  remembering = true;
}

function readText(file: string, stat: Stats): string {
  const stamp = fileStamp(stat);
  const before = readBefore.get(file);
  if (before?.stamp === stamp) return before.content;
  const content = readFileSync(file, 'utf8');
  if (remembering && settled(stat)) readBefore.set(file, { stamp, content });
  else readBefore.delete(file);
  return content;
}

export function readInputs(inputs: readonly string[]): Inputs {
  const pages: PageFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const input of inputs) {
    const listing = inputFiles(input);
    diagnostics.push(...listing.diagnostics);
    for (const file of listing.files) {
      if (!PAGE_EXTENSIONS.test(file) || NOT_RECORDS.has(basename(file))) continue;
      const rel = listing.isDir ? relative(input, file).split(sep).join('/') : basename(file);
      const id = inputs.length > 1 ? `${basename(input)}/${rel}` : rel;
      let content: string;
      let bytes: number | undefined;
      try {
        // A file over the limit is not read at all; reading the pages reports it (`page/too-large`).
        const stat = statSync(file);
        if (stat.size > MAX_PAGE_BYTES) bytes = stat.size;
        content = bytes === undefined ? readText(file, stat) : '';
      } catch (err) {
        diagnostics.push(
          diagnostic(
            'error',
            'input/unreadable',
            id,
            '(file)',
            `The page ${id} could not be read: ${fsProblem(err)}.`,
          ),
        );
        continue;
      }
      pages.push({
        id,
        stem: stemOf(rel),
        format: formatOf(file, content),
        content,
        ...(bytes === undefined ? {} : { bytes }),
      });
    }
  }
  return { pages: pages.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), diagnostics };
}

/** The pages alone, for callers that read folders they trust (tests, benchmarks). */
export function readPages(inputs: readonly string[]): PageFile[] {
  return readInputs(inputs).pages;
}

/** HTML by extension, or by content for text files that are really markup. */
export function formatOf(file: string, content: string): 'html' | 'text' | 'record' {
  if (/\.html?$/i.test(file)) return 'html';
  if (/\.json$/i.test(file)) return 'record';
  return /^\s*(<!doctype html|<html[\s>])/i.test(content) ? 'html' : 'text';
}

/** The method a file name stands for: its name without the extension (`oauth.v2.access.html`). */
export function stemOf(fileName: string): string {
  const base = fileName.split('/').pop() ?? fileName;
  return base.replace(/\.(html?|txt|text|md|json)$/i, '');
}
