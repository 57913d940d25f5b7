// The name for the certificate, remembered on this device so the learner types it once. Kept
// beside the progress, not in it: it is not progress, and a backup file need not carry it.
const KEY = 'complaint-course:certificate-name';
export const MAX_NAME_LENGTH = 40;

export function savedCertificateName(): string {
  try {
    return (localStorage.getItem(KEY) ?? '').slice(0, MAX_NAME_LENGTH);
  } catch {
    return '';
  }
}

export function saveCertificateName(name: string): void {
  try {
    if (name.trim()) localStorage.setItem(KEY, name.trim().slice(0, MAX_NAME_LENGTH));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage unavailable: the name lives for this visit only, in the form and the address.
  }
}

/** A name as it may appear on the certificate: no control or direction-override characters
 * (U+202E would reverse the sentence it is printed in), trimmed and bounded. */
export function cleanName(raw: string): string {
  return raw
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .trim()
    .slice(0, MAX_NAME_LENGTH);
}
