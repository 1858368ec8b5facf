/**
 * The index of the last of `items`, sorted ascending (by `key` when given),
 * whose value is at most `value` (binary search, O(log n)); 0 when none is,
 * or when `items` is empty.
 */
export function lastIndexAtMost(items: readonly number[], value: number): number
export function lastIndexAtMost<T>(items: readonly T[], value: number, key: (item: T) => number): number
export function lastIndexAtMost<T>(items: readonly T[], value: number, key?: (item: T) => number): number {
  const at = key ?? ((item: T) => item as unknown as number)
  let low = 0
  let high = items.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (at(items[middle]!) <= value) low = middle
    else high = middle - 1
  }
  return low
}
