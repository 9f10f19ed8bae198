// list.sort() as CPython 3.11's listsort: the same adaptive merge sort (count_run, binary
// insertion to minrun, powersort merge order, galloping merges), so the same `<` comparisons
// happen in the same order. That order is observable: user `__lt__` methods print, and the
// first failing comparison decides the TypeError message.
import { truthy, richCompare } from './compare';
import type { PyList, PyObj } from './objects';
import type { Runtime } from './runtime';

interface Rec {
  readonly key: PyObj;
  readonly value: PyObj;
}

interface Run {
  base: number;
  len: number;
  power: number;
}

const MIN_GALLOP = 7;

class MergeState {
  minGallop = MIN_GALLOP;
  readonly pending: Run[] = [];

  constructor(
    readonly rt: Runtime,
    readonly a: Rec[],
  ) {}

  lt(x: Rec, y: Rec): boolean {
    const r = richCompare(this.rt, x.key, y.key, '<');
    try {
      return truthy(this.rt, r);
    } finally {
      this.rt.decref(r);
    }
  }

  countRun(lo: number, hi: number): { n: number; descending: boolean } {
    const a = this.a;
    if (lo + 1 === hi) return { n: 1, descending: false };
    let n = 2;
    let i = lo + 1;
    if (this.lt(a[i]!, a[i - 1]!)) {
      for (i++; i < hi; i++, n++) if (!this.lt(a[i]!, a[i - 1]!)) break;
      return { n, descending: true };
    }
    for (i++; i < hi; i++, n++) if (this.lt(a[i]!, a[i - 1]!)) break;
    return { n, descending: false };
  }

  binarySort(lo: number, hi: number, start: number): void {
    const a = this.a;
    if (lo === start) start++;
    for (; start < hi; start++) {
      let l = lo;
      let r = start;
      const pivot = a[r]!;
      do {
        const p = l + ((r - l) >> 1);
        if (this.lt(pivot, a[p]!)) r = p;
        else l = p + 1;
      } while (l < r);
      for (let p = start; p > l; p--) a[p] = a[p - 1]!;
      a[l] = pivot;
    }
  }

  /** gallop_left over arr[base .. base+n) */
  gallopLeft(key: Rec, arr: Rec[], base: number, n: number, hint: number): number {
    let lastofs = 0;
    let ofs = 1;
    if (this.lt(arr[base + hint]!, key)) {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (this.lt(arr[base + hint + ofs]!, key)) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (this.lt(arr[base + hint - ofs]!, key)) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (this.lt(arr[base + m]!, key)) lastofs = m + 1;
      else ofs = m;
    }
    return ofs;
  }

  gallopRight(key: Rec, arr: Rec[], base: number, n: number, hint: number): number {
    let lastofs = 0;
    let ofs = 1;
    if (this.lt(key, arr[base + hint]!)) {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (this.lt(key, arr[base + hint - ofs]!)) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (this.lt(key, arr[base + hint + ofs]!)) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (this.lt(key, arr[base + m]!)) ofs = m;
      else lastofs = m + 1;
    }
    return ofs;
  }

  mergeAt(i: number): void {
    const p = this.pending;
    let sa = p[i]!.base;
    let na = p[i]!.len;
    const sb = p[i + 1]!.base;
    let nb = p[i + 1]!.len;
    p[i]!.len = na + nb;
    if (i === p.length - 3) p[i + 1] = p[i + 2]!;
    p.pop();
    const k = this.gallopRight(this.a[sb]!, this.a, sa, na, 0);
    sa += k;
    na -= k;
    if (na === 0) return;
    nb = this.gallopLeft(this.a[sa + na - 1]!, this.a, sb, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb) this.mergeLo(sa, na, sb, nb);
    else this.mergeHi(sa, na, sb, nb);
  }

  mergeLo(sa: number, na: number, sb: number, nb: number): void {
    const a = this.a;
    const tmp = a.slice(sa, sa + na);
    let pa = 0;
    let dest = sa;
    let pb = sb;
    let minGallop = this.minGallop;
    try {
      a[dest++] = a[pb++]!;
      if (--nb === 0) return;
      if (na === 1) return this.copyB(dest, pb, nb, tmp, pa, (na = 0) === 0);
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (this.lt(a[pb]!, tmp[pa]!)) {
            a[dest++] = a[pb++]!;
            bcount++;
            acount = 0;
            if (--nb === 0) return;
            if (bcount >= minGallop) break;
          } else {
            a[dest++] = tmp[pa++]!;
            acount++;
            bcount = 0;
            if (--na === 1) return this.copyB(dest, pb, nb, tmp, pa, (na = 0) === 0);
            if (acount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let k = this.gallopRight(a[pb]!, tmp, pa, na, 0);
          acount = k;
          if (k) {
            for (let j = 0; j < k; j++) a[dest + j] = tmp[pa + j]!;
            dest += k;
            pa += k;
            na -= k;
            if (na === 1) return this.copyB(dest, pb, nb, tmp, pa, (na = 0) === 0);
            if (na === 0) return;
          }
          a[dest++] = a[pb++]!;
          if (--nb === 0) return;
          k = this.gallopLeft(tmp[pa]!, a, pb, nb, 0);
          bcount = k;
          if (k) {
            for (let j = 0; j < k; j++) a[dest + j] = a[pb + j]!;
            dest += k;
            pb += k;
            nb -= k;
            if (nb === 0) return;
          }
          a[dest++] = tmp[pa++]!;
          if (--na === 1) return this.copyB(dest, pb, nb, tmp, pa, (na = 0) === 0);
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
    } finally {
      // on success or failure, what is left of the temp copy of run A goes back in place
      for (let j = 0; j < na; j++) a[dest + j] = tmp[pa + j]!;
    }
  }

  /** CopyB of merge_lo: the rest of B slides down, the last A element goes after it. */
  private copyB(dest: number, pb: number, nb: number, tmp: Rec[], pa: number, _cleared: boolean): void {
    const a = this.a;
    for (let j = 0; j < nb; j++) a[dest + j] = a[pb + j]!;
    a[dest + nb] = tmp[pa]!;
  }

  mergeHi(sa: number, na: number, sb: number, nb: number): void {
    const a = this.a;
    const tmp = a.slice(sb, sb + nb);
    const basea = sa;
    let dest = sb + nb - 1;
    let pb = nb - 1;
    let pa = sa + na - 1;
    let minGallop = this.minGallop;
    try {
      a[dest--] = a[pa--]!;
      if (--na === 0) return;
      if (nb === 1) return this.copyA(dest, pa, na, tmp, pb, (nb = 0) === 0);
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (this.lt(tmp[pb]!, a[pa]!)) {
            a[dest--] = a[pa--]!;
            acount++;
            bcount = 0;
            if (--na === 0) return;
            if (acount >= minGallop) break;
          } else {
            a[dest--] = tmp[pb--]!;
            bcount++;
            acount = 0;
            if (--nb === 1) return this.copyA(dest, pa, na, tmp, pb, (nb = 0) === 0);
            if (bcount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          this.minGallop = minGallop;
          let k = this.gallopRight(tmp[pb]!, a, basea, na, na - 1);
          k = na - k;
          acount = k;
          if (k) {
            dest -= k;
            pa -= k;
            for (let j = k; j >= 1; j--) a[dest + j] = a[pa + j]!;
            na -= k;
            if (na === 0) return;
          }
          a[dest--] = tmp[pb--]!;
          if (--nb === 1) return this.copyA(dest, pa, na, tmp, pb, (nb = 0) === 0);
          k = this.gallopLeft(a[pa]!, tmp, 0, nb, nb - 1);
          k = nb - k;
          bcount = k;
          if (k) {
            dest -= k;
            pb -= k;
            for (let j = 1; j <= k; j++) a[dest + j] = tmp[pb + j]!;
            nb -= k;
            if (nb === 1) return this.copyA(dest, pa, na, tmp, pb, (nb = 0) === 0);
            if (nb === 0) return;
          }
          a[dest--] = a[pa--]!;
          if (--na === 0) return;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        this.minGallop = minGallop;
      }
    } finally {
      // what is left of the temp copy of run B goes back just below `dest`
      for (let j = 0; j < nb; j++) a[dest - (nb - 1) + j] = tmp[j]!;
    }
  }

  /** CopyA of merge_hi: the rest of A slides up, the first B element goes before it. */
  private copyA(dest: number, pa: number, na: number, tmp: Rec[], pb: number, _cleared: boolean): void {
    const a = this.a;
    for (let j = 0; j < na; j++) a[dest - j] = a[pa - j]!;
    a[dest - na] = tmp[pb]!;
  }

  foundNewRun(n2: number): void {
    const p = this.pending;
    if (p.length === 0) return;
    const last = p[p.length - 1]!;
    const power = powerloop(last.base, last.len, n2, this.a.length);
    while (p.length > 1 && p[p.length - 2]!.power > power) this.mergeAt(p.length - 2);
    p[p.length - 1]!.power = power;
  }

  forceCollapse(): void {
    const p = this.pending;
    while (p.length > 1) {
      let n = p.length - 2;
      if (n > 0 && p[n - 1]!.len < p[n + 1]!.len) n--;
      this.mergeAt(n);
    }
  }
}

function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    result++;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a *= 2;
    b *= 2;
  }
  return result;
}

function computeMinrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/** The sort itself over records; comparisons may throw (the array stays a permutation). */
function timsort(rt: Runtime, recs: Rec[]): void {
  const n = recs.length;
  if (n < 2) return;
  const ms = new MergeState(rt, recs);
  const minrun = computeMinrun(n);
  let lo = 0;
  let remaining = n;
  do {
    const run = ms.countRun(lo, lo + remaining);
    let len = run.n;
    if (run.descending) reverseRange(recs, lo, lo + len);
    if (len < minrun) {
      const force = remaining <= minrun ? remaining : minrun;
      ms.binarySort(lo, lo + force, lo + len);
      len = force;
    }
    ms.foundNewRun(len);
    ms.pending.push({ base: lo, len, power: 0 });
    lo += len;
    remaining -= len;
  } while (remaining);
  ms.forceCollapse();
}

function reverseRange<T>(a: T[], lo: number, hi: number): void {
  for (hi--; lo < hi; lo++, hi--) {
    const t = a[lo]!;
    a[lo] = a[hi]!;
    a[hi] = t;
  }
}

/**
 * `list.sort(key=..., reverse=...)` in place. During the sort the list looks empty (as in
 * CPython); changing it meanwhile raises `ValueError: list modified during sort`.
 */
export function sortList(rt: Runtime, list: PyList, key: PyObj | null, reverse: PyObj | null): void {
  const keyFunc = key && key !== rt.None ? key : null;
  const rev = reverse !== null && truthy(rt, reverse);
  const savedItems = list.items;
  const savedAllocated = list.allocated;
  list.items = [];
  list.allocated = -1;
  // while it sorts, the list looks empty to the key function (as in CPython)
  rt.recorder?.touchedAt(list, 0, 0);
  const keys: PyObj[] = [];
  let recs: Rec[] = [];
  let failure: unknown = null;
  try {
    if (keyFunc) {
      for (const v of savedItems) keys.push(rt.call(keyFunc, [v], null));
      recs = savedItems.map((v, i) => ({ key: keys[i]!, value: v }));
    } else {
      recs = savedItems.map((v) => ({ key: v, value: v }));
    }
    if (rev) reverseRange(recs, 0, recs.length);
    try {
      timsort(rt, recs);
    } finally {
      if (rev) reverseRange(recs, 0, recs.length);
    }
  } catch (e) {
    failure = e;
  }
  const sortedValues = recs.length === savedItems.length ? recs.map((r) => r.value) : savedItems;
  const keysInOrder = keyFunc && recs.length === savedItems.length ? recs.map((r) => r.key) : keys;
  for (const k of keysInOrder) rt.decref(k);
  const modified = list.allocated !== -1 || list.items.length > 0;
  const stray = list.items;
  list.items = sortedValues;
  list.allocated = savedAllocated;
  rt.recorder?.touched(list);
  for (let i = stray.length - 1; i >= 0; i--) rt.decref(stray[i]!);
  if (failure !== null) throw failure;
  if (modified) throw rt.valueError('list modified during sort');
}
