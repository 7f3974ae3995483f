/** The fetch manifest beside the pages: where each file came from and what it was. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ManifestEntry {
  url: string;
  /** HTTP status of the last fetch (304 when the page was unchanged). */
  status: number;
  etag?: string;
  lastModified?: string;
  sha256: string;
  fetchedAt: string;
}

/** File name (relative to the source folder) → entry. */
export type Manifest = Record<string, ManifestEntry>;

export const MANIFEST_FILE = 'manifest.json';

export function readManifest(dir: string): Manifest {
  const path = join(dir, MANIFEST_FILE);
  if (!existsSync(path)) return {};
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

export function manifestText(manifest: Manifest): string {
  const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => (a < b ? -1 : 1)));
  return `${JSON.stringify(sorted, null, 2)}\n`;
}
