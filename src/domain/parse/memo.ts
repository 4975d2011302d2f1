/**
 * A bounded cache for a pure text parser. The same cell text always parses the same way, and real
 * workbooks repeat their texts (达成预期指标, ≥95%, 不适用) on every sheet. Callers must treat the
 * shared results as read-only, as they do every parsed value.
 */
export function memoizeText<T>(parse: (text: string) => T, limit = 5000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const value = parse(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}
