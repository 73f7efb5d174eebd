/**
 * The 1177 staff tool replica's only script (loaded from 'self'; the page's CSP forbids inline scripts).
 * Reply form: a character counter and a send button that is enabled only when the field holds text; both follow
 * the field's `input` events, as the real tool's form logic would.
 */
const MAX_LENGTH = 4000;

function setUpReplyForm(): void {
  const form = document.querySelector<HTMLFormElement>('form.svarsformular');
  const field = form?.querySelector<HTMLTextAreaElement>('textarea[name="svar"]');
  const button = form?.querySelector<HTMLButtonElement>('button[type="submit"]');
  const counter = document.getElementById('svar-raknare');
  if (!form || !field || !button || !counter) return;

  const update = (): void => {
    counter.textContent = `${field.value.length} av ${MAX_LENGTH} tecken`;
    button.disabled = field.value.trim() === '';
  };
  field.addEventListener('input', update);
  update();

  form.addEventListener('submit', (event) => {
    if (field.value.trim() === '') {
      event.preventDefault();
      return;
    }
    button.disabled = true;
    button.textContent = 'Skickar…';
  });
}

function setUpHsaRefresh(): void {
  const button = document.getElementById('uppdatera-hsa');
  const status = document.getElementById('hsa-status');
  if (!button || !status) return;
  button.addEventListener('click', async () => {
    status.textContent = 'Hämtar uppgifter från HSA …';
    try {
      const response = await fetch('/api/hsa/uppdatera', { method: 'POST' });
      const body = (await response.json()) as { uppdaterad: string };
      status.textContent = `Uppgifterna från HSA uppdaterades ${body.uppdaterad}.`;
    } catch {
      status.textContent = 'Det gick inte att hämta uppgifter från HSA. Försök igen senare.';
    }
  });
}

setUpReplyForm();
setUpHsaRefresh();
