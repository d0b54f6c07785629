// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  // Auto-submitting filters: <form data-auto-submit> submits when a select or checkbox changes.
  document.querySelectorAll('form[data-auto-submit]').forEach((form) => {
    form.addEventListener('change', (event) => {
      if (event.target.matches('select, input[type=checkbox], input[type=date]')) {
        form.requestSubmit();
      }
    });
  });

  // A form on its way is not sent again by a second click or Enter: a double press saved a comment twice. The server
  // keeps its own guards (versions, a repeated comment); this only spares the second request. Sent again after ten
  // seconds without an answer, and on coming back to the page (the back button's cached page).
  document.querySelectorAll('form[method=post]').forEach((form) => {
    form.addEventListener('submit', (event) => {
      if (form.dataset.sendt) {
        event.preventDefault();
        return;
      }
      form.dataset.sendt = 'true';
      setTimeout(() => delete form.dataset.sendt, 10000);
    });
  });

  // The instruction review: the warning that the text is about another agency follows the agency chosen. Without
  // this file the warning for the chosen agency comes back from the server when confirming.
  document.querySelectorAll('select[data-feil-etat-velger]').forEach((select) => {
    select.addEventListener('change', () => {
      document.querySelectorAll('[data-feil-etat]').forEach((advarsel) => {
        advarsel.hidden = advarsel.dataset.feilEtat !== select.value;
      });
    });
  });
});

// A refused form returns to its anchor (#statusskjema) with its first invalid field marked autofocus. Browsers skip
// autofocus when the address has such a fragment, and going to the fragment moves the focus to the page (after
// DOMContentLoaded, before load), so the field is focused once the page has loaded, unless the user has moved on.
// Without this file the fragment still brings the form, message and all, into view.
window.addEventListener('load', () => {
  const forst = document.querySelector('[autofocus]');
  if (forst && (document.activeElement === null || document.activeElement === document.body)) {
    forst.focus();
  }
});

window.addEventListener('pageshow', () => {
  document.querySelectorAll('form[data-sendt]').forEach((form) => delete form.dataset.sendt);
});
