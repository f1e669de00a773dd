/**
 * Base of every proxy: properties are readable only after `load()` and a
 * successful `sync()`; reading earlier throws PropertyNotLoaded, like
 * Office.js. Navigation results are bound to their target when the queued
 * operation runs, so `getItem` of a missing sheet fails at sync, not at call.
 */
import type { FakeRequestContext } from './context';
import { FakeOfficeError, propertyNotLoaded } from './errors';
import { OP_OVERHEAD_BYTES, jsonBytes } from './payload';

export type LoadOption = string | string[] | { select?: string | string[] };

export function parseLoadOption(option: LoadOption | undefined): string[] | undefined {
  if (option === undefined) return undefined;
  const raw = typeof option === 'string' || Array.isArray(option) ? option : option.select;
  if (raw === undefined) return undefined;
  const list = Array.isArray(raw) ? raw : raw.split(',');
  return list.map((s) => s.trim()).filter((s) => s.length > 0);
}

export abstract class FakeClientObject {
  protected readonly loadedProps = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(readonly context: FakeRequestContext) {}

  /** Known after the sync that ran the navigation producing this object. */
  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded('isNullObject');
    return this.nullState;
  }

  load(option?: LoadOption): this {
    const props = parseLoadOption(option) ?? this.defaultProperties();
    this.context.enqueue({
      kind: 'load',
      bytes: OP_OVERHEAD_BYTES + jsonBytes(props),
      sheetName: () => this.sheetNameForFaults(),
      apply: () => {
        const values = new Map<string, unknown>();
        let bytes = 0;
        for (const p of props) {
          const v = this.isTargetNull() ? null : this.readProperty(p);
          values.set(p, v);
          bytes += p.length + 4 + jsonBytes(v);
        }
        this.context.respond(bytes, () => values.forEach((v, k) => this.loadedProps.set(k, v)));
      },
    });
    return this;
  }

  /** Used by collection loads, which read every item in the same operation. */
  readPropertyForLoad(name: string): unknown {
    return this.isTargetNull() ? null : this.readProperty(name);
  }

  acceptLoaded(values: Map<string, unknown>): void {
    values.forEach((v, k) => this.loadedProps.set(k, v));
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedProps);
  }

  /** Read a loaded property or throw PropertyNotLoaded. */
  protected loaded<T>(name: string): T {
    if (!this.loadedProps.has(name)) throw propertyNotLoaded(name);
    return this.loadedProps.get(name) as T;
  }

  /** Queue an operation against this object's target. */
  protected queue(kind: string, bytes: number, apply: () => void): void {
    this.context.enqueue({ kind, bytes: OP_OVERHEAD_BYTES + bytes, apply, sheetName: () => this.sheetNameForFaults() });
  }

  /** Record the outcome of the navigation that produced this object. */
  protected setNull(isNull: boolean): void {
    const commitNull = (): void => {
      this.nullState = isNull;
    };
    this.context.respond(0, commitNull);
  }

  protected markNotNull(): void {
    this.nullState = false;
  }

  protected nullTargetError(): FakeOfficeError {
    return new FakeOfficeError('InvalidOperation', 'The operation is not valid on a null object.');
  }

  protected abstract readProperty(name: string): unknown;
  protected abstract defaultProperties(): string[];
  protected abstract isTargetNull(): boolean;
  protected abstract sheetNameForFaults(): string | undefined;
}

/** An object that always exists once found (no null object) and names no sheet in injected faults. */
export abstract class FakeFoundObject extends FakeClientObject {
  protected override isTargetNull(): boolean {
    return false;
  }
  protected override sheetNameForFaults(): string | undefined {
    return undefined;
  }
}
