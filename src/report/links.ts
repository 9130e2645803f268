// Source identifiers (NCT…, doi:…, pmid:…) → the page a reader can open.

/** Percent-encodes every byte outside the characters that are safe in a URL path and in Markdown links. */
function encodePath(s: string): string {
  let out = '';
  for (const ch of s) {
    if (/[A-Za-z0-9\-._~/:;@!$&'*+,=]/.test(ch)) out += ch;
    else for (const b of new TextEncoder().encode(ch)) out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** The URL of an identifier, or undefined for one the product does not know how to link. */
export function identifierUrl(id: string): string | undefined {
  const nct = /^NCT\d{8}$/i.exec(id.trim());
  if (nct) return `https://clinicaltrials.gov/study/${nct[0].toUpperCase()}`;
  const doi = /^doi:\s*(10\.\S+)$/i.exec(id.trim());
  if (doi?.[1]) return `https://doi.org/${encodePath(doi[1])}`;
  const pmid = /^pmid:\s*(\d+)$/i.exec(id.trim());
  if (pmid?.[1]) return `https://pubmed.ncbi.nlm.nih.gov/${pmid[1]}/`;
  return undefined;
}
