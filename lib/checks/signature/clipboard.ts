/**
 * Puts the signature on the clipboard when a field refused it, on the clinician's click (the clipboard needs a
 * user gesture). The page's clipboard API first; where the page forbids it, the browser's copy command on a
 * throw-away field in the extension's own shadow root.
 */
export async function copyText(text: string, scratchParent: Node): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // denied (permissions policy, no focus): try the copy command
  }
  const scratch = document.createElement('textarea');
  scratch.value = text;
  scratch.setAttribute('aria-hidden', 'true');
  scratch.style.cssText = 'position:fixed;opacity:0;pointer-events:none';
  scratchParent.appendChild(scratch);
  scratch.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    scratch.remove();
  }
}
