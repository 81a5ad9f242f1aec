/**
 * Hands bytes to the browser as a download, as a click on a link to the file
 * would. The object URL is revoked a minute later: revoking it at once can
 * cancel the download in some browsers.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The name the API gives a file (`Content-Disposition: attachment; filename="…"`), or `fallback`. */
export function fileNameFrom(response: Response, fallback: string): string {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename="([^"]+)"/i.exec(disposition)?.[1] ?? /filename=([^;\s]+)/i.exec(disposition)?.[1];
  return name && !/[\\/]/.test(name) ? name : fallback;
}
