/**
 * Groups of units (各板块各部门 → 各板块, 各职能部门, …): expansion to member units and the
 * reverse, which groups a unit belongs to. Members may be groups themselves; cycles are reported
 * by `findCycles` and never loop here.
 */

/** Group id → ids of its direct members. Units that are not groups are absent. */
export type MemberMap = ReadonlyMap<string, readonly string[]>;

/** Every unit reached from `id` through group membership, groups included, `id` excluded. */
export function expandMembers(id: string, members: MemberMap): Set<string> {
  const reached = new Set<string>();
  const pending = [...(members.get(id) ?? [])];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (next === id || reached.has(next)) continue;
    reached.add(next);
    pending.push(...(members.get(next) ?? []));
  }
  return reached;
}

/**
 * Unit id → the groups that contain it, directly or through other groups. One pass per group; a
 * unit's requirements "addressed to 各板块各部门" are found through this map.
 */
export function containingGroups(members: MemberMap): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const group of members.keys()) {
    for (const member of expandMembers(group, members)) {
      const list = result.get(member) ?? [];
      list.push(group);
      result.set(member, list);
    }
  }
  return result;
}

/**
 * Membership cycles, each as the path that closes it (`[a, b, a]`). A group listing itself is
 * the cycle `[a, a]`. Each cycle is reported once, from its smallest id.
 */
export function findCycles(members: MemberMap): string[][] {
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];

  const visit = (id: string): void => {
    state.set(id, 'open');
    stack.push(id);
    for (const member of members.get(id) ?? []) {
      if (state.get(member) === 'open') {
        const cycle = stack.slice(stack.indexOf(member));
        const key = [...cycle].sort().join(',');
        if (!seen.has(key)) {
          seen.add(key);
          const start = cycle.indexOf([...cycle].sort()[0]!);
          const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
          cycles.push([...rotated, rotated[0]!]);
        }
      } else if (!state.has(member) && members.has(member)) {
        visit(member);
      }
    }
    stack.pop();
    state.set(id, 'done');
  };

  for (const id of [...members.keys()].sort()) if (!state.has(id)) visit(id);
  return cycles;
}
