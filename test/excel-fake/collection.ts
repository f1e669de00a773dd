/** Loading a collection: `load("items/name,items/id")` (or just "name") fills `items` with loaded proxies. */
import { LoadOption, parseLoadOption } from './client-object';
import type { FakeRequestContext } from './context';
import { propertyNotLoaded } from './errors';
import { OP_OVERHEAD_BYTES, jsonBytes } from './payload';

export interface Loadable {
  readPropertyForLoad(name: string): unknown;
  acceptLoaded(values: Map<string, unknown>): void;
}

export abstract class FakeCollection<TItem extends Loadable, TModel> {
  private loadedItems: TItem[] | undefined;

  constructor(readonly context: FakeRequestContext) {}

  get items(): TItem[] {
    if (this.loadedItems === undefined) throw propertyNotLoaded('items');
    return this.loadedItems;
  }

  get count(): number {
    return this.items.length;
  }

  load(option?: LoadOption): this {
    const props = (parseLoadOption(option) ?? ['name']).map((p) => p.replace(/^items\//, ''));
    this.context.enqueue({
      kind: 'load',
      bytes: OP_OVERHEAD_BYTES + jsonBytes(props),
      apply: () => {
        const models = this.currentModels();
        const proxies = models.map((m) => this.proxyFor(m));
        let bytes = 0;
        const loaded = proxies.map((p) => {
          const values = new Map<string, unknown>();
          for (const prop of props) {
            const v = p.readPropertyForLoad(prop);
            values.set(prop, v);
            bytes += prop.length + 4 + jsonBytes(v);
          }
          return values;
        });
        this.context.respond(bytes, () => {
          proxies.forEach((p, i) => p.acceptLoaded(loaded[i]));
          this.loadedItems = proxies;
        });
      },
    });
    return this;
  }

  protected abstract currentModels(): TModel[];
  protected abstract proxyFor(model: TModel): TItem;
}
