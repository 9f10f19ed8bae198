// The shortest Python expression that reaches an object in a snapshot, for pointing at objects:
// a name (`a`), then items, dict values and attributes (`grid[0]`, `d['k']`, `node.next`).
// Pure: tested without a canvas.
import type { Snapshot } from '../../../electron/api';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A name or path reaching object `id` from the module's globals, or null when none does. */
export function expressionFor(snapshot: Snapshot, id: number): string | null {
  const found = new Map<number, string>();
  const queue: number[] = [];
  // names in the order the program bound them: the first name given to an object wins
  for (const [name, target] of Object.entries(snapshot.globals)) {
    if (found.has(target)) continue;
    found.set(target, name);
    queue.push(target);
  }
  const outgoing = new Map<number, { path: (owner: string) => string; to: number }[]>();
  for (const reference of snapshot.references) {
    const holder = reference.holder;
    let path: ((owner: string) => string) | null = null;
    if (holder.kind === 'item') path = (owner) => `${owner}[${holder.index}]`;
    else if (holder.kind === 'dict-value') path = (owner) => `${owner}[${holder.key}]`;
    else if (holder.kind === 'attribute' && IDENTIFIER.test(holder.name)) path = (owner) => `${owner}.${holder.name}`;
    if (!path || !('owner' in holder)) continue;
    const list = outgoing.get(holder.owner) ?? [];
    list.push({ path, to: reference.to });
    outgoing.set(holder.owner, list);
  }
  while (queue.length > 0) {
    const owner = queue.shift()!;
    if (owner === id) break;
    for (const edge of outgoing.get(owner) ?? []) {
      if (found.has(edge.to)) continue;
      found.set(edge.to, edge.path(found.get(owner)!));
      queue.push(edge.to);
    }
  }
  return found.get(id) ?? null;
}

/** The module's names at this step, in the order the program bound them. */
export function globalNames(snapshot: Snapshot): string[] {
  return Object.keys(snapshot.globals);
}
