/** A row opens its case on click; the row's own link is only "#" (the portal navigates in script). */
for (const row of document.querySelectorAll<HTMLElement>('tr[data-href]')) {
  row.addEventListener('click', (event) => {
    event.preventDefault();
    location.href = row.dataset.href ?? '#';
  });
}
