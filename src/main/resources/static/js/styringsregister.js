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
