// Quick "cannot match" tests for triage rules. Each phrase needs at least one word of every
// required place; one such place (its "trigger") is registered here, and a message marks, from
// the few atoms it holds, which triggers hold. A rule or phrase whose trigger does not hold is
// skipped without matching: most messages hold the words of only a few rules.

/** Words so common that a place holding them is a poor test ("a", "my", "he"). */
const COMMON_WORDS = new Set(
  `a an the i im me my mine we us our you your he she it him her his hers they them their this that these those is are was were be been being am do does did done not no can could will would should have has had get got go going to of in on at by for with from and or but so if as up out off about what how when why who just very really some any all`.split(
    ' ',
  ),
);

export class TriggerIndex {
  /** For each atom id, the triggers it belongs to. */
  private readonly byAtom: number[][] = [];
  private readonly slots = new Map<ReadonlySet<number>, number>();

  /** Number of triggers registered; a message's marks are an array this long. */
  get size(): number {
    return this.slots.size;
  }

  /** Registers a set of atoms (a message must hold one of them); returns its slot. */
  add(atoms: ReadonlySet<number>): number {
    const known = this.slots.get(atoms);
    if (known !== undefined) return known;
    const slot = this.slots.size;
    this.slots.set(atoms, slot);
    for (const atom of atoms) {
      const list = this.byAtom[atom];
      if (list) list.push(slot);
      else this.byAtom[atom] = [slot];
    }
    return slot;
  }

  /** Marks, for one message, which triggers hold: 1 at the slot of every trigger it meets. */
  mark(present: Iterable<number>): Uint8Array {
    const holds = new Uint8Array(this.slots.size);
    for (const atom of present) {
      const slots = this.byAtom[atom];
      if (slots) for (const slot of slots) holds[slot] = 1;
    }
    return holds;
  }
}

/**
 * Of several places that must all be filled, the one that makes the best test: the fewest
 * common words, then the fewest atoms. `textOf` gives an atom's word.
 */
export function bestPlace(
  places: readonly ReadonlySet<number>[],
  textOf: (atom: number) => string,
): ReadonlySet<number> | null {
  let best: ReadonlySet<number> | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const place of places) {
    let common = 0;
    for (const atom of place) if (COMMON_WORDS.has(textOf(atom))) common++;
    const cost = common * 100_000 + place.size;
    if (cost < bestCost) {
      best = place;
      bestCost = cost;
    }
  }
  return best;
}
