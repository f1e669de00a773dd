/**
 * Saves text, or bytes built in memory (an .xlsx or .zip, so a failure never leaves a partial file),
 * through the browser's download (Excel on the web, WebView2).
 */
export function downloadBytes(bytes: Uint8Array | string, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoking at once can abort the download in some webviews.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function downloadText(text: string, fileName: string, mime: string): void {
  downloadBytes(text, fileName, mime);
}
