/** The hot-path tables (order hashes, buyer hashes, row refs) grow by doubling, keeping what they hold. */
export function doubled<T extends Int32Array | Float64Array>(a: T): T {
  const bigger = new (a.constructor as new (length: number) => T)(a.length * 2);
  (bigger as Int32Array).set(a as Int32Array);
  return bigger;
}
