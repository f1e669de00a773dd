/** A Fisher–Yates shuffle drawing from a fast-check stream of naturals, so a failing property replays from its seed. */
export function seededShuffle(seeds: Iterator<number>): <T>(xs: T[]) => T[] {
  return <T>(xs: T[]) => {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = (seeds.next().value as number) % (i + 1);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
}
