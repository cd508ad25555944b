/**
 * The text a reader sees in a piece of word/document.xml: every w:t joined, a non-breaking
 * hyphen read as '-', a no-break space as a space, XML entities decoded.
 */
export function docxText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:noBreakHyphen\/>/g)]
    .map((m) => (m[0] === '<w:noBreakHyphen/>' ? '-' : m[1]!))
    .join('')
    .replace(/\u00A0/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}
