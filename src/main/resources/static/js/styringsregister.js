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
