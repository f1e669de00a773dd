/**
 * The name typed when locking or unlocking a month, remembered on this
 * computer to prefill the next time. Excel add-ins have no documented way to
 * read the signed-in user's name without single sign-on (an Azure app
 * registration and a network call): docs/excel-behaviour.md, item 18.
 */
const KEY = 'cs-performance.signerName';

export function loadSignerName(): string {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? '';
  } catch {
    return ''; // storage can be blocked in some webviews
  }
}

export function saveSignerName(name: string): void {
  try {
    if (name.trim()) globalThis.localStorage?.setItem(KEY, name.trim());
  } catch {
    // not remembered; the lock is recorded all the same
  }
}
