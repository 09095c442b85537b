// Whether an e-mail body is HTML markup rather than plain text that happens to contain a `<`.
// Only then does it go through the sanitising component; everything else renders as text.
const MARKUP = /<(?:!doctype\s+html|html|head|body|div|p|br|table|tbody|tr|td|span|a\s|b|i|u|strong|em|ul|ol|li|h[1-6]|blockquote|font|center|hr)\b[^>]*>/i;

export function looksLikeHtml(text: string): boolean {
  return MARKUP.test(text);
}
