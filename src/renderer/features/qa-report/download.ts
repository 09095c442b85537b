// The CSV leaves as a download from the page: it is built from figures the page already holds, so
// nothing needs to cross to main. The desktop app and the browser both offer to save it.
export function downloadCsv(fileName: string, csv: string): void {
  // A byte-order mark, so spreadsheets read the accents as UTF-8.
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has started the download; the object can go once the event loop turns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
