/**
 * The index of the last of `items`, sorted by `key` ascending, whose key is
 * at most `value` (binary search, O(log n)); 0 when none is, or when `items`
 * is empty.
 */
export function lastIndexAtMost<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0
  let high = items.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (key(items[middle]!) <= value) low = middle
    else high = middle - 1
  }
  return low
}
