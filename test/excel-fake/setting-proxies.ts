/**
 * workbook.settings (ExcelApi 1.4): key → value pairs saved in the workbook.
 * Microsoft: "The scope is limited to per file and add-in (task-pane or
 * content) combination" (https://learn.microsoft.com/javascript/api/excel/excel.settingcollection),
 * so every pane of the add-in over one workbook sees the same settings: they
 * live in the workbook model, not in a request context. Values are kept as
 * JSON, as the file stores them, so a reader gets a copy, never the writer's object.
 * Like every write, `add` and `delete` take effect only when their batch syncs.
 */
import { FakeClientObject } from './client-object';
import type { FakeRequestContext } from './context';
import { FakeOfficeError } from './errors';
import { jsonBytes } from './payload';

export class FakeSettingCollection {
  constructor(private readonly context: FakeRequestContext) {}

  /** Sets or adds the setting. */
  add(key: string, value: unknown): FakeSetting {
    this.context.api('SettingCollection.add');
    const json = JSON.stringify(value ?? null);
    return new FakeSetting(this.context, key, 'addSetting', jsonBytes(key) + json.length, () => {
      if (typeof key !== 'string' || key.length === 0)
        throw new FakeOfficeError('InvalidArgument', 'A setting needs a key.');
      this.context.model.settings.set(key, json);
      return true;
    });
  }

  getItem(key: string): FakeSetting {
    this.context.api('SettingCollection.getItem');
    return new FakeSetting(this.context, key, 'getSetting', jsonBytes(key), () => {
      if (!this.context.model.settings.has(key))
        throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist (setting '${key}').`);
      return true;
    });
  }

  getItemOrNullObject(key: string): FakeSetting {
    this.context.api('SettingCollection.getItemOrNullObject');
    return new FakeSetting(this.context, key, 'getSetting', jsonBytes(key), () => this.context.model.settings.has(key));
  }
}

export class FakeSetting extends FakeClientObject {
  private found: boolean | undefined;

  constructor(
    context: FakeRequestContext,
    private readonly settingKey: string,
    kind: string,
    bytes: number,
    bind: () => boolean,
  ) {
    super(context);
    this.queue(kind, bytes, () => {
      this.found = bind();
      this.setNull(!this.found);
    });
  }

  get key(): string {
    return this.loaded('key');
  }

  get value(): unknown {
    return this.loaded('value');
  }
  set value(v: unknown) {
    this.context.api('Setting.value');
    const json = JSON.stringify(v ?? null);
    this.queue('setSetting', json.length, () => this.target().set(this.settingKey, json));
  }

  delete(): void {
    this.context.api('Setting.delete');
    this.queue('deleteSetting', 0, () => this.target().delete(this.settingKey));
  }

  private target(): Map<string, string> {
    if (this.found === undefined)
      throw new FakeOfficeError('InvalidOperation', 'The setting was used before the request that finds it ran.');
    if (!this.found) throw this.nullTargetError();
    return this.context.model.settings;
  }

  protected override readProperty(name: string): unknown {
    const json = this.target().get(this.settingKey);
    if (name === 'key') return this.settingKey;
    if (name === 'value') {
      this.context.api('Setting.value');
      return json === undefined ? null : JSON.parse(json);
    }
    throw new FakeOfficeError('InvalidArgument', `The fake setting has no property '${name}'.`);
  }
  protected override defaultProperties(): string[] {
    return ['key', 'value'];
  }
  protected override isTargetNull(): boolean {
    return this.found === false;
  }
  protected override sheetNameForFaults(): string | undefined {
    return undefined;
  }
}
