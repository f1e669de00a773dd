/**
 * Range.getMergedAreasOrNullObject (ExcelApi 1.13) and the RangeAreas it gives
 * (areaCount, areas: ExcelApi 1.9). The typings: "Returns a RangeAreas object
 * that represents the merged areas in this range. Note that if the merged
 * areas count in this range is more than 512, then this method will fail to
 * return the result"; with no merged area it is a null object. The fake gives
 * every merge that overlaps the range, whole, and fails above 512.
 */
import { Rect, overlaps, qualifiedAddress } from './address';
import { FakeClientObject } from './client-object';
import { FakeCollection } from './collection';
import { FakeOfficeError } from './errors';
import type { SheetModel } from './model';
import { FakeRange } from './range-proxies';

export const MAX_MERGED_AREAS = 512;

export class FakeRangeAreas extends FakeClientObject {
  private found: { sheet: SheetModel; rects: Rect[] } | null | undefined;
  private readonly areaItems: FakeRangeCollection;

  constructor(range: FakeRange) {
    super(range.context);
    this.areaItems = new FakeRangeCollection(this);
    range.onTarget('getMergedAreas', 24, ({ sheet, rect }) => {
      const rects = sheet.merges.filter((m) => overlaps(m, rect));
      if (rects.length > MAX_MERGED_AREAS)
        throw new FakeOfficeError('GeneralException', `More than ${MAX_MERGED_AREAS} merged areas in the range.`);
      this.found = rects.length > 0 ? { sheet, rects } : null;
      this.setNull(rects.length === 0);
    });
  }

  get areas(): FakeRangeCollection {
    this.context.api('RangeAreas.areas');
    return this.areaItems;
  }

  get areaCount(): number {
    this.context.api('RangeAreas.areaCount');
    return this.loaded('areaCount');
  }

  /** The merges found, for the collection (only while a batch runs). */
  targets(): { sheet: SheetModel; rect: Rect }[] {
    if (this.found === undefined)
      throw new FakeOfficeError(
        'InvalidOperation',
        'The merged areas were used before the request that finds them ran.',
      );
    if (this.found === null) throw this.nullTargetError();
    const { sheet, rects } = this.found;
    return rects.map((rect) => ({ sheet, rect }));
  }

  protected override readProperty(name: string): unknown {
    const targets = this.targets();
    if (name === 'areaCount') return targets.length;
    if (name === 'address') return targets.map((t) => qualifiedAddress(t.sheet.name, t.rect)).join(',');
    throw new FakeOfficeError('InvalidArgument', `The fake RangeAreas has no property '${name}'.`);
  }

  protected override defaultProperties(): string[] {
    return ['address', 'areaCount'];
  }

  protected override isTargetNull(): boolean {
    return this.found === null;
  }

  protected override sheetNameForFaults(): string | undefined {
    return this.found?.sheet.name;
  }
}

class FakeRangeCollection extends FakeCollection<FakeRange, { sheet: SheetModel; rect: Rect }> {
  constructor(private readonly owner: FakeRangeAreas) {
    super(owner.context);
  }

  protected override currentModels(): { sheet: SheetModel; rect: Rect }[] {
    return this.owner.targets();
  }

  protected override proxyFor(target: { sheet: SheetModel; rect: Rect }): FakeRange {
    return new FakeRange(this.context, target);
  }
}
