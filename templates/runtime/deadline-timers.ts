/**
 * The calls' deadlines behind one timer per timeout length, instead of a timer per call. Calls
 * of one `timeoutMs` fall due in the order they started, so each length keeps its deadlines in
 * a queue: a new one is pushed, an ended one is blanked (and the queue's head skips past the
 * blanks), and one timer waits for the head. With no deadline left the timer is cleared, so an
 * idle client keeps no process alive.
 */

/** What the timers expire: a call's deadline. */
export interface Expiring {
  readonly deadline: number;
  expire(): void;
}

/** The deadlines of one length, in the order they fall due. */
interface Lane {
  readonly ms: number;
  items: (Expiring | null)[];
  /** The index of the first item that may be live. */
  head: number;
  /** Items dropped off the front so far: a handle minus this is its index. */
  offset: number;
  timer: ReturnType<typeof setTimeout> | null;
}

/** A scheduled deadline, to cancel it with. */
export interface DeadlineHandle {
  readonly lane: Lane;
  readonly slot: number;
}

const lanes = new Map<number, Lane>();

/** Expires `item` at its `deadline`, `ms` from now. */
export function scheduleDeadline(item: Expiring, ms: number): DeadlineHandle {
  let lane = lanes.get(ms);
  if (!lane) lanes.set(ms, (lane = { ms, items: [], head: 0, offset: 0, timer: null }));
  const slot = lane.offset + lane.items.length;
  lane.items.push(item);
  if (!lane.timer) lane.timer = setTimeout(fire, ms, lane);
  return { lane, slot };
}

/** The deadline will not be needed: its call ended. */
export function cancelDeadline(handle: DeadlineHandle): void {
  const { lane, slot } = handle;
  const at = slot - lane.offset;
  if (at < lane.head || at >= lane.items.length) return;
  lane.items[at] = null;
  if (at === lane.head) skipEnded(lane);
}

/** Moves the head past ended deadlines; an empty lane stops its timer and is dropped. */
function skipEnded(lane: Lane): void {
  const { items } = lane;
  while (lane.head < items.length && items[lane.head] === null) lane.head++;
  if (lane.head === items.length) {
    lane.offset += items.length;
    items.length = 0;
    lane.head = 0;
    if (lane.timer) clearTimeout(lane.timer);
    lane.timer = null;
    lanes.delete(lane.ms);
  } else if (lane.head > 1024 && lane.head * 2 > items.length) {
    // Drop the blanks in front now and then, so the queue does not grow with the calls made.
    items.splice(0, lane.head);
    lane.offset += lane.head;
    lane.head = 0;
  }
}

/** Expires what has fallen due, then waits for the next live deadline. */
function fire(lane: Lane): void {
  lane.timer = null;
  const now = Date.now();
  const { items } = lane;
  while (lane.head < items.length) {
    const item = items[lane.head];
    if (item && item.deadline > now) {
      lane.timer = setTimeout(fire, item.deadline - now, lane);
      return;
    }
    items[lane.head++] = null;
    item?.expire();
  }
  skipEnded(lane);
}
