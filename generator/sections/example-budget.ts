/**
 * How much the examples of one method may say. Types are inferred from examples (and read from
 * schemas) field by field, so an example with hundreds of thousands of fields makes a type of
 * hundreds of thousands of members: the budget counts the fields the examples of one page have
 * together, merged the way inference merges them (the objects of an array as one), and turns
 * away an example that would take them past `MAX_EXAMPLE_FIELDS`, or one object past
 * `MAX_OBJECT_KEYS`. Nothing here recurses.
 */
import { MAX_EXAMPLE_FIELDS, MAX_OBJECT_KEYS } from '../input/limits.ts';

/** A place in the merged examples: the keys seen there (and what each holds). */
interface Place {
  keys: Map<string, Place>;
  /** Where the elements of arrays seen here merge. */
  items: Place | null;
}

export type Verdict = 'ok' | 'too-wide' | 'too-many-fields';

const place = (): Place => ({ keys: new Map(), items: null });

export class ExampleBudget {
  private readonly root = place();
  private fields = 0;

  /** Counts `value` in if it fits, else leaves the budget as it was and says what is too much. */
  admit(value: unknown): Verdict {
    const added: { at: Place; key: string | null }[] = [];
    const stack: { value: unknown; at: Place }[] = [{ value, at: this.root }];
    let verdict: Verdict = 'ok';
    while (stack.length > 0 && verdict === 'ok') {
      const { value: v, at } = stack.pop()!;
      if (typeof v !== 'object' || v === null) continue;
      if (Array.isArray(v)) {
        if (!at.items) {
          at.items = place();
          added.push({ at, key: null });
        }
        for (const item of v) stack.push({ value: item, at: at.items });
        continue;
      }
      for (const [key, child] of Object.entries(v)) {
        let next = at.keys.get(key);
        if (!next) {
          next = place();
          at.keys.set(key, next);
          added.push({ at, key });
          if (++this.fields > MAX_EXAMPLE_FIELDS) verdict = 'too-many-fields';
          else if (at.keys.size > MAX_OBJECT_KEYS) verdict = 'too-wide';
          if (verdict !== 'ok') break;
        }
        stack.push({ value: child, at: next });
      }
    }
    if (verdict !== 'ok') {
      for (const { at, key } of added.reverse()) {
        if (key === null) at.items = null;
        else if (at.keys.delete(key)) this.fields--;
      }
    }
    return verdict;
  }
}

/** Why a value was turned away, in words (`An example … it was skipped`). */
export function tooMuch(verdict: Exclude<Verdict, 'ok'>): string {
  return verdict === 'too-wide'
    ? `has an object of more than ${MAX_OBJECT_KEYS} keys`
    : `has more than ${MAX_EXAMPLE_FIELDS} fields`;
}
