// jsdom lacks a few browser APIs that Fluent UI, the engine's checksums and the CSV download use.
import { TextDecoder, TextEncoder } from 'util';

const w = window as unknown as Record<string, unknown>;

if (!w.TextEncoder) Object.assign(w, { TextEncoder, TextDecoder });

if (!w.matchMedia) {
  w.matchMedia = (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  });
}

if (!w.ResizeObserver) {
  w.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

// jsdom has no canvas: its getContext returns null after logging "Not implemented" each time Fluent's charts
// measure a label. Null without the log: the charts fall back to their own estimate, as they already did.
if (typeof HTMLCanvasElement !== 'undefined') HTMLCanvasElement.prototype.getContext = () => null;

// Blob URLs and anchor downloads for the finance CSV: record them so tests can read the file.
export const downloads: { fileName: string; blob: Blob }[] = [];
const blobs = new Map<string, Blob>();
URL.createObjectURL = (b: Blob | MediaSource) => {
  const url = `blob:test/${blobs.size + 1}`;
  blobs.set(url, b as Blob);
  return url;
};
URL.revokeObjectURL = (url: string) => void blobs.delete(url);
// jsdom cannot navigate or download; a click on a download link just records the file.
HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
  const blob = blobs.get(this.href);
  if (this.download && blob) downloads.push({ fileName: this.download, blob });
};

// jsdom's File has no arrayBuffer(); the import button reads picked files with it.
if (typeof Blob !== 'undefined' && !Blob.prototype.arrayBuffer) {
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob): Promise<ArrayBuffer> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
}

// Fluent UI's styles (Griffel) are thousands of one-declaration CSS rules. jsdom's getComputedStyle, which every
// ByRole query calls for each element it looks at, matches all of them again, and nwsapi's cache of compiled
// selectors holds only 1,000: a pane test spent most of its CPU there (PayRun: 21 s compiling selectors alone).
// jsdom draws nothing and these tests check roles, names and text, so the rules are not kept; the browser
// end-to-end tests (test/e2e) run the real styles in Chromium.
CSSStyleSheet.prototype.insertRule = function insertRule(this: CSSStyleSheet, _rule: string, index?: number): number {
  return index ?? 0;
};
