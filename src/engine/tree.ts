import type { CriteriaSet, SetNode } from './types';

/** Every node of a set in document order (field, its criteria, their sub-criteria, next field …). */
export function walk(set: Pick<CriteriaSet, 'fields'>): SetNode[] {
  const out: SetNode[] = [];
  const visit = (node: SetNode) => {
    out.push(node);
    node.children.forEach(visit);
  };
  set.fields.forEach(visit);
  return out;
}

export function indexByCode(set: Pick<CriteriaSet, 'fields'>): Map<string, SetNode> {
  const map = new Map<string, SetNode>();
  for (const node of walk(set)) map.set(node.code, node);
  return map;
}

export function isLeaf(node: SetNode): boolean {
  return node.children.length === 0;
}

/** Codes compare part by part as numbers, so "1.10" comes after "1.9". */
export function compareCodes(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if (pa[i] === undefined) return -1;
    if (pb[i] === undefined) return 1;
    const na = Number(pa[i]);
    const nb = Number(pb[i]);
    if (Number.isFinite(na) && Number.isFinite(nb) && na !== nb) return na - nb;
    if (pa[i] !== pb[i]) return pa[i] < pb[i] ? -1 : 1;
  }
  return 0;
}
