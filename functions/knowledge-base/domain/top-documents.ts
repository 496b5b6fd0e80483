/** A document number and its score. */
export interface Ranked {
  readonly number: number;
  readonly score: number;
}

/** The best `capacity` documents, best first; equal scores by document number, so ties are stable. */
export class TopDocuments {
  readonly items: Ranked[] = [];

  constructor(private readonly capacity: number) {}

  get full(): boolean {
    return this.items.length >= this.capacity;
  }

  get lowest(): number {
    return this.items[this.items.length - 1]!.score;
  }

  offer(number: number, score: number): void {
    const items = this.items;
    if (items.length >= this.capacity) {
      const last = items[items.length - 1]!;
      if (score < last.score || (score === last.score && number > last.number)) return;
    }
    let at = items.length;
    while (at > 0) {
      const before = items[at - 1]!;
      if (before.score > score || (before.score === score && before.number < number)) break;
      at--;
    }
    items.splice(at, 0, { number, score });
    if (items.length > this.capacity) items.pop();
  }
}
