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

  utkast();

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

// What is typed into a form marked data-utkast outlives a session that ran out while it was written: kept in the tab's
// sessionStorage from typing until the form has reached the server. When the answer is the login page for a session
// that ran out (data-okt-utlopt), the text is kept, and put back into the form when the user is back on its page after
// logging in, with the attribute's value as the message, and the form brought into view with the focus in the field
// that was written in (the server comes back to the page, not to the form further down it). Any other answer means the
// server has the text (saved, or refused with the text back in the form): it is forgotten then, and on logging out.
// Passwords are never kept. Without this file the server still brings the user back to the form's page; only the text
// is lost.
function utkast() {
  let lager;
  try {
    lager = window.sessionStorage;
  } catch (e) {
    return;
  }
  const PREFIKS = 'utkast:';
  const les = (nokkel) => {
    try {
      return JSON.parse(lager.getItem(nokkel));
    } catch (e) {
      return null;
    }
  };
  const utlopt = document.querySelector('[data-okt-utlopt]') !== null;
  const utlogget = document.querySelector('[data-utlogget]') !== null;
  for (let i = lager.length - 1; i >= 0; i--) {
    const nokkel = lager.key(i);
    if (!nokkel.startsWith(PREFIKS)) {
      continue;
    }
    const lagret = les(nokkel);
    if (lagret && lagret.sendt && utlopt) {
      lager.setItem(nokkel, JSON.stringify({ felter: lagret.felter, behold: true }));
    } else if (!lagret || lagret.sendt || utlogget) {
      lager.removeItem(nokkel);
    }
  }

  document.querySelectorAll('form[data-utkast]').forEach((form) => {
    const nokkel = PREFIKS + form.getAttribute('action');
    const felter = () => form.querySelectorAll('textarea[name], input[type=text][name], input[type=email][name], '
      + 'input[type=date][name], select[name]');
    const lagret = les(nokkel);
    if (lagret && lagret.behold) {
      let skrevetI = null;
      felter().forEach((felt) => {
        if (Object.hasOwn(lagret.felter, felt.name)) {
          if (felt.value !== lagret.felter[felt.name]) {
            skrevetI = skrevetI || felt;
          }
          felt.value = lagret.felter[felt.name];
        }
      });
      const melding = document.createElement('p');
      melding.className = 'melding info';
      melding.setAttribute('role', 'status');
      melding.textContent = form.dataset.utkast;
      const overskrift = form.querySelector('h2');
      if (overskrift) {
        overskrift.after(melding);
      } else {
        form.prepend(melding);
      }
      // The form's heading and the message at the top of the window, the field below them (the focus alone would
      // scroll the field just into view, the message above it maybe not).
      (overskrift || melding).scrollIntoView({ block: 'start' });
      const felt = skrevetI || felter()[0];
      if (felt) {
        felt.focus({ preventScroll: true });
        felt.scrollIntoView({ block: 'nearest' });
      }
      lager.setItem(nokkel, JSON.stringify({ felter: lagret.felter }));
    } else {
      // Typed earlier and left without sending: not brought back unasked.
      lager.removeItem(nokkel);
    }
    const husk = (sendt) => {
      const verdier = {};
      felter().forEach((felt) => {
        verdier[felt.name] = felt.value;
      });
      lager.setItem(nokkel, JSON.stringify({ felter: verdier, sendt }));
    };
    form.addEventListener('input', () => husk(false));
    form.addEventListener('submit', () => husk(true));
  });
}
