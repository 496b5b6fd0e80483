/** Keeps the `capacity` highest-scoring items seen, best first, without sorting everything offered. */
export class TopK<T> {
  private readonly items: { item: T; score: number }[] = [];

  constructor(private readonly capacity: number) {}

  offer(item: T, score: number): void {
    const items = this.items;
    if (items.length >= this.capacity && score <= items[items.length - 1]!.score) return;
    let at = items.length;
    while (at > 0 && items[at - 1]!.score < score) at--;
    items.splice(at, 0, { item, score });
    if (items.length > this.capacity) items.pop();
  }

  best(): readonly { item: T; score: number }[] {
    return this.items;
  }
}
