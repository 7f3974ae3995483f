/**
 * The UTF-8 bytes of a text about to be hashed and written. A large text made of pieces whose
 * bytes are kept (model.json, of each method's text) is registered with them: hashing and
 * writing the pieces as they are costs nothing more, while encoding its 20 MB anew, twice (to
 * hash, to write), cost more than the rest of a regeneration after one page changed. Only the
 * last text registered is kept.
 */

let registered: { text: string; pieces: readonly Uint8Array[] } | null = null;

/** `pieces` are the UTF-8 bytes of `text`, in order. */
export function registerTextBytes(text: string, pieces: readonly Uint8Array[]): void {
  registered = { text, pieces };
}

/** Whether `text` was registered with its bytes. */
export function hasPieces(text: string): boolean {
  return registered?.text === text;
}

/** The UTF-8 bytes of `text` in pieces: those registered with it, or its encoding whole. */
export function utf8Pieces(text: string): readonly Uint8Array[] {
  // Strings of different lengths compare at once: only the registered text itself costs a scan.
  return registered?.text === text ? registered.pieces : [Buffer.from(text)];
}

/** The UTF-8 bytes of `text`, the same as `Buffer.from(text)`. */
export function utf8Of(text: string): Buffer {
  return registered?.text === text ? Buffer.concat(registered.pieces) : Buffer.from(text);
}
