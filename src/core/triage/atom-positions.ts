// Where each atom occurs in one message. A phrase can only start at a word holding one of its
// first atoms, so it is tried at those few positions instead of at every word: in a long message
// most of the thousands of phrases start nowhere.

export class AtomPositions {
  private readonly byAtom = new Map<number, number[]>();

  /** `atomsAt[i]`: the atoms message word i stands for. */
  constructor(atomsAt: readonly ReadonlySet<number>[]) {
    for (let position = 0; position < atomsAt.length; position++) {
      for (const atom of atomsAt[position] as ReadonlySet<number>) {
        const list = this.byAtom.get(atom);
        if (list) list.push(position);
        else this.byAtom.set(atom, [position]);
      }
    }
  }

  /** Positions, in order and each once, of the words holding any of `atoms`. */
  of(atoms: ReadonlySet<number>): number[] {
    const lists: number[][] = [];
    // Walk the smaller side: a phrase may start with a long word list, a message holds few atoms.
    if (atoms.size <= this.byAtom.size) {
      for (const atom of atoms) {
        const list = this.byAtom.get(atom);
        if (list) lists.push(list);
      }
    } else {
      for (const [atom, list] of this.byAtom) if (atoms.has(atom)) lists.push(list);
    }
    if (lists.length === 0) return [];
    if (lists.length === 1) return (lists[0] as number[]).slice();
    const all = lists.flat().sort((a, b) => a - b);
    let kept = 0;
    for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[kept++] = all[i] as number;
    all.length = kept;
    return all;
  }
}
