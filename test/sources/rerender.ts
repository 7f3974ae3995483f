/**
 * Re-renderings of a fixture page that keep its facts: what another site, era or copy-paste makes
 * of the same page. Each variation is a number (0: left as it is); the number picks, element by
 * element, one of the equivalent forms, so that fast-check can draw and shrink variations.
 * - markers: `Optional, default=false` ↔ `Optional. Default: false` ↔ `Optional (default: false)`
 *   ↔ a badge and a default of their own; `Required (one of …)`, `Required if …` reworded;
 * - labels: `Example <code>v</code>` ↔ `<span>Example</span> <code>v</code>` ↔
 *   `<strong>Example:</strong>` ↔ glued ↔ the label on a line of its own;
 * - order: a row's name, type and marker in any order; the example before the description;
 * - glue: the white space between cells removed (1), and between rows too (2);
 * - list: `name - description ex: v` bent (`name- …`, en and em dashes, `ex:v`).
 * Text pages are re-rendered line by line the same ways.
 */
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

export interface Variation {
  markers: number;
  labels: number;
  order: number;
  glue: number;
  list: number;
}

type Doc = cheerio.CheerioAPI;

/** A small deterministic generator: the same seed, the same choices. */
function chooser(seed: number): (n: number) => number {
  let state = (seed * 2654435761) >>> 0 || 1;
  return (n: number) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % n;
  };
}

const MARKER_DEFAULT = /^(Required|Optional)(?:[,.]?\s*\(?\s*default\s*[=:]?\s*([^\s)]+?)\)?)$/i;
const MARKER_GROUP = /^Required \((?:at least )?one of:? ([^)]*)\)$/;
const MARKER_IF = /^Required \(?(?:if|when) ([^)]*)\)?$/;

/** The same marker in another form: `null` where the text is no marker with something to vary. */
export function markerForm(text: string, pick: (n: number) => number): string[] | null {
  const def = MARKER_DEFAULT.exec(text);
  if (def) {
    const [word, value] = [def[1]!, def[2]!];
    const forms = [
      [`${word}, default=${value}`],
      [`${word}. Default: ${value}`],
      [`${word} (default: ${value})`],
      [`${word}, default: ${value}`],
      [`${word} Default: ${value}`],
      [word, `Default: ${value}`],
    ];
    return forms[pick(forms.length)]!;
  }
  const group = MARKER_GROUP.exec(text);
  if (group) {
    const forms = [
      `Required (one of ${group[1]})`,
      `Required (one of: ${group[1]})`,
      `Required (at least one of ${group[1]})`,
    ];
    return [forms[pick(forms.length)]!];
  }
  const cond = MARKER_IF.exec(text);
  if (cond) {
    const forms = [`Required if ${cond[1]}`, `Required when ${cond[1]}`, `Required (if ${cond[1]})`];
    return [forms[pick(forms.length)]!];
  }
  return null;
}

export function rerenderHtml(html: string, v: Variation): string {
  const $ = cheerio.load(html);
  if (v.markers) varyMarkers($, chooser(v.markers));
  if (v.labels) varyLabels($, chooser(v.labels));
  if (v.order) reorder($, chooser(v.order));
  if (v.list) bendLists($, chooser(v.list));
  if (v.glue) glue($, v.glue % 3);
  return $.html();
}

/** An element's text as a reader sees it: `<br>` a space, white space squashed. */
function textOf($: Doc, el: Element): string {
  const clone = $(el).clone();
  clone.find('br').replaceWith(' ');
  return clone.text().replace(/\s+/g, ' ').trim();
}

const isMarker = (text: string) =>
  MARKER_DEFAULT.test(text) || MARKER_GROUP.test(text) || MARKER_IF.test(text);

function varyMarkers($: Doc, pick: (n: number) => number): void {
  const found = $('body *')
    .toArray()
    .filter(
      (el) =>
        isMarker(textOf($, el)) &&
        !$(el)
          .find('*')
          .toArray()
          .some((c) => isMarker(textOf($, c))),
    );
  for (const el of found) {
    const form = markerForm(textOf($, el), pick);
    if (!form) continue;
    $(el).text(form[0]!);
    // A default of its own: beside the badge, or on a line of its own in the same cell.
    if (form[1] && /^(td|th|dd|dt|p|div|li)$/.test(el.name)) $(el).append(`<br>${form[1]}`);
    else if (form[1]) $(el).after(` <span>${form[1]}</span>`);
  }
}

const LABEL_TEXT = /^(Example|Default):?$/;
const LABEL_END = /(Example|Default)\s*:?\s*$/;

/** Each label and the code that holds its value, in another of the forms pages use. */
function varyLabels($: Doc, pick: (n: number) => number): void {
  for (const code of $('code').toArray()) {
    const prev = code.prev;
    if (!prev) {
      varyTermLabel($, code, pick);
      continue;
    }
    let label: string | null = null;
    let prefix = '';
    let remove: AnyNode[] = [];
    if (prev.type === 'text') {
      const m = LABEL_END.exec(prev.data);
      if (!m) continue;
      [label, prefix] = [m[1]!, prev.data.slice(0, m.index)];
      remove = [prev];
    } else {
      const el = prevElement(prev);
      if (!el || !LABEL_TEXT.test(textOf($, el.node))) continue;
      [label, remove] = [LABEL_TEXT.exec(textOf($, el.node))![1]!, [el.node, ...el.between]];
    }
    const forms = [
      `${label} `,
      `<span>${label}</span> `,
      `<strong>${label}:</strong> `,
      `<span>${label}</span>`,
      `<em>${label}:</em>`,
      `${label}<br>`,
    ];
    for (const node of remove) $(node).remove();
    $(code).before(`${prefix}${forms[pick(forms.length)]}`);
  }
}

/** The element before a node, past white space. */
function prevElement(node: AnyNode): { node: Element; between: AnyNode[] } | null {
  const between: AnyNode[] = [];
  let n: AnyNode | null = node;
  while (n && n.type === 'text' && n.data.trim() === '') {
    between.push(n);
    n = n.prev;
  }
  return n && n.type === 'tag' ? { node: n, between } : null;
}

/** `<dt>Default</dt><dd><code>v</code></dd>`: the term with or without its colon. */
function varyTermLabel($: Doc, code: Element, pick: (n: number) => number): void {
  const dd = code.parent as Element | null;
  if (!dd || dd.name !== 'dd' || $(dd).children().length !== 1) return;
  const dt = prevElement(dd.prev ?? dd)?.node;
  if (!dt || dt.name !== 'dt' || !LABEL_TEXT.test(textOf($, dt))) return;
  const label = LABEL_TEXT.exec(textOf($, dt))![1]!;
  $(dt).text(pick(2) ? `${label}:` : label);
}

/** A row's head in another order (name, type, marker); the example before the description. */
function reorder($: Doc, pick: (n: number) => number): void {
  for (const row of $('div, dt').toArray()) {
    const head = headUnits($, row);
    if (head.length < 2) continue;
    const order = shuffled(head, pick);
    // A name that is a type word (`token`) must come before a type word, or it reads as the type;
    // a default or a condition right before the name would run into it (`default=falseas_user`,
    // `if as_user is falseusername`) with nothing between.
    if (order[0]!.kind === 'type' && head.some((u) => u.kind === 'name' && /^token$/.test(u.text))) continue;
    const defaultAt = order.findIndex(
      (u) => u.kind === 'marker' && /default|\b(if|when)\b/i.test(u.nodes.map((n) => textOf($, n)).join(' ')),
    );
    if (defaultAt >= 0 && order[defaultAt + 1]?.kind === 'name') continue;
    const html = order.map((u) => u.nodes.map((n) => $.html(n)).join(' ')).join(' ');
    for (const u of head) for (const n of u.nodes) $(n).remove();
    $(row).prepend(`${html} `);
  }
  for (const desc of $('div').toArray()) {
    const paragraphs = $(desc).children('p').toArray();
    const labels = paragraphs.filter((p) => /^(Example|Default)\b/.test(textOf($, p)));
    if (labels.length > 0 && labels.length < paragraphs.length && pick(2)) $(desc).prepend(labels);
  }
}

interface Unit {
  kind: 'name' | 'type' | 'marker';
  text: string;
  nodes: Element[];
}

/** The inline elements a row starts with, as units (a default badge goes with the marker before it). */
function headUnits($: Doc, row: Element): Unit[] {
  const units: Unit[] = [];
  for (const child of $(row).children().toArray()) {
    if (!['span', 'strong', 'em', 'code', 'b', 'i'].includes(child.name)) break;
    const text = textOf($, child);
    if (text.startsWith('Default:') && units[units.length - 1]?.kind === 'marker') {
      units[units.length - 1]!.nodes.push(child);
      continue;
    }
    const kind =
      $(child).is('code') || $(child).find('code').length > 0
        ? 'name'
        : /^(Required|Optional)/.test(text)
          ? 'marker'
          : TEXT_TYPE.test(text)
            ? 'type'
            : null;
    // Anything else (a label before its value) is no row's head.
    if (kind === null) return [];
    units.push({ kind, text, nodes: [child] });
  }
  return units.filter((u) => u.kind === 'name').length === 1 ? units : [];
}

function shuffled<T>(items: readonly T[], pick: (n: number) => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = pick(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** `name - description ex: value` bent: the dash, the space around it, the `ex:` label. */
function bendLists($: Doc, pick: (n: number) => number): void {
  for (const li of $('li').toArray()) {
    const first = li.children[0];
    const after = first?.next;
    if (!first || first.type !== 'tag' || first.name !== 'code' || !after || after.type !== 'text') continue;
    const text = after;
    const dash = /^\s?-(\s|$)/.exec(text.data);
    if (!dash) continue;
    const seps = [' - ', '- ', ' – ', ' — '];
    text.data = seps[pick(seps.length)]! + text.data.slice(dash[0].length);
    const last = li.children[li.children.length - 1];
    const before = last?.prev;
    if (last?.type === 'tag' && before?.type === 'text' && /ex:\s*$/.test(before.data)) {
      const forms = ['ex: ', 'ex:', ' ex: '];
      before.data = before.data.replace(
        /\s*ex:\s*$/,
        (m) => (m.startsWith(' ') ? ' ' : '') + forms[pick(forms.length)]!.trimStart(),
      );
    }
  }
}

/** White space between cells removed; at level 2, between rows and list items too. */
function glue($: Doc, level: number): void {
  const rows = $('tr, li, dt, dd, div:has(> span code), div:has(> span > code)').toArray();
  for (const row of rows) removeBlankText($(row).find('*').addBack().toArray());
  if (level < 2) return;
  // Rows of argument tables and lists run together (an error table stays a row a line).
  const argTables = $('table')
    .toArray()
    .filter((t) => textOf($, $(t).find('tr').first().get(0)!).startsWith('Argument'));
  for (const list of [
    ...argTables,
    ...$(argTables).children('tbody').toArray(),
    ...$('ul, ol, dl').toArray(),
  ])
    removeBlankText([list]);
  for (const row of rows.filter((r) => r.name !== 'tr' || argTables.some((t) => $(t).find(r).length > 0))) {
    const next = row.next;
    if (next?.type === 'text' && next.data.trim() === '' && next.next && rows.includes(next.next as Element))
      $(next).remove();
  }
}

function removeBlankText(elements: readonly AnyNode[]): void {
  for (const el of elements) {
    if (el.type !== 'tag') continue;
    for (const child of el.children) if (child.type === 'text' && child.data.trim() === '') child.data = '';
  }
}

const TEXT_NAME = /^[a-z][a-z0-9_]*$/;
const TEXT_TYPE = /^(?:string|integer|number|boolean|array|object|token|integers|strings|array of strings)$/;
const textKind = (line: string): Unit['kind'] | null =>
  isMarker(line) || /^(Required|Optional)$/.test(line)
    ? 'marker'
    : TEXT_TYPE.test(line)
      ? 'type'
      : TEXT_NAME.test(line)
        ? 'name'
        : null;

/**
 * A text page re-rendered: markers reworded, labels with their values on one line or two,
 * glued or apart, a row's head lines in any order and (glue) on one line.
 */
export function rerenderText(text: string, v: Variation): string {
  let lines = text.split('\n');
  if (v.markers) lines = lines.flatMap(varyMarkerText(chooser(v.markers)));
  if (v.labels) lines = varyLabelLines(lines, chooser(v.labels));
  if (v.order || v.glue) lines = varyHeadLines(lines, chooser(v.order), v.glue % 3, v.order !== 0);
  if (v.list) lines = lines.map((l) => bendDashText(l, chooser(v.list)));
  return lines.join('\n');
}

/** Markers on lines of their own, or glued in a line (`forceOptional, default=falseboolean…`). */
function varyMarkerText(pick: (n: number) => number): (line: string) => string[] {
  return (line) => {
    if (isMarker(line.trim())) {
      const form = markerForm(line.trim(), pick)!;
      return form.length === 1 || pick(2) ? [form.join(' ')] : form;
    }
    // In a line run together the value ends where the type word glued to it starts.
    return [line.replace(/Optional, default=(false|true|\d+)/g, (m) => markerForm(m, pick)!.join(' '))];
  };
}

const TEXT_LABEL = /^(Example|Default)(?::\s*|\s+)?(\S.*)?$/;

function varyLabelLines(lines: readonly string[], pick: (n: number) => number): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = TEXT_LABEL.exec(lines[i]!);
    if (!m) {
      out.push(lines[i]!);
      continue;
    }
    const value = m[2] ?? lines[++i] ?? '';
    const forms = [[m[1]!, value], [`${m[1]}: ${value}`], [`${m[1]}${value}`], [`${m[1]} ${value}`]];
    out.push(...forms[pick(forms.length)]!);
  }
  return out;
}

/** Runs of lines that are each a name, a type or a marker: shuffled, and glued onto one line. */
function varyHeadLines(
  lines: readonly string[],
  pick: (n: number) => number,
  glueLevel: number,
  shuffle: boolean,
): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j < lines.length && textKind(lines[j]!.trim()) !== null && j - i < 3) j++;
    const run = lines.slice(i, j).map((l) => ({ kind: textKind(l.trim())!, text: l.trim() }));
    const names = run.filter((u) => u.kind === 'name').length;
    if (run.length < 2 || names !== 1 || new Set(run.map((u) => u.kind)).size !== run.length) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    let order = shuffle ? shuffled(run, pick) : run;
    if (order[0]!.kind === 'type' && run.some((u) => u.text === 'token')) order = run;
    // Glued without a space only where no boundary is lost: no phrase of several words, and no
    // plural type before the name (`integerspriorities` reads as `integer` and `spriorities`).
    const plain = order.every((u) => !/\s/.test(u.text) && !(u.kind === 'type' && u.text.endsWith('s')));
    out.push(
      ...(glueLevel === 0
        ? order.map((u) => u.text)
        : [order.map((u) => u.text).join(glueLevel === 2 && plain ? '' : ' ')]),
    );
    i = j;
  }
  return out;
}

/** `name- description ex:value` bent the other ways ExDoc renderings write it. */
function bendDashText(line: string, pick: (n: number) => number): string {
  return line.replace(
    /([a-z0-9_])- (?=\S|$)/g,
    (_match, c: string) => `${c}${['- ', ' - ', ' – '][pick(3)]}`,
  );
}
