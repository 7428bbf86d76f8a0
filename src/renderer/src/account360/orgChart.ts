/** A contact with the people who report to them. */
export interface OrgNode<C> {
  contact: C;
  reports: OrgNode<C>[];
}

/**
 * The org chart by reports-to: people whose manager is not among `contacts` (none,
 * archived, or a loop) are at the top. Every contact appears exactly once.
 */
export function orgChart<C extends { id: string; reportsToId: string | null }>(
  contacts: readonly C[],
): OrgNode<C>[] {
  const nodes = new Map(contacts.map((c) => [c.id, { contact: c, reports: [] } as OrgNode<C>]));
  const reachesTop = (c: C): boolean => {
    const seen = new Set<string>();
    for (
      let at: C | undefined = c;
      at;
      at = at.reportsToId ? nodes.get(at.reportsToId)?.contact : undefined
    ) {
      if (seen.has(at.id)) return false;
      seen.add(at.id);
    }
    return true;
  };
  const roots: OrgNode<C>[] = [];
  for (const c of contacts) {
    const manager = c.reportsToId ? nodes.get(c.reportsToId) : undefined;
    const node = nodes.get(c.id)!;
    if (manager && reachesTop(c)) manager.reports.push(node);
    else roots.push(node);
  }
  return roots;
}
