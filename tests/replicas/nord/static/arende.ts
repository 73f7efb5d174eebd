/** "Skicka svar" puts the reply, as the field holds it, into the list of sent replies and empties the field. */
const field = document.querySelector<HTMLTextAreaElement>('textarea.in_5');
const sent = document.querySelector('ol.sent_4');
document.querySelector('button[data-action="skicka"]')?.addEventListener('click', () => {
  if (!field || !sent || field.value.trim() === '') return;
  const item = document.createElement('li');
  item.textContent = field.value;
  sent.append(item);
  field.value = '';
});
