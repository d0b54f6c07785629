// Progressive enhancement of the assignment pages. Everything works without it.
// htmx (loaded just before on the list) updates the results in place. It would otherwise add an inline style element,
// which the content security policy forbids, and may evaluate code. Nor may it keep copies of the pages in the
// browser's session storage for going back: they would hold what the server sends as no-store, exempt titles
// included. Going back, it asks the server for the page instead.
if (window.htmx) {
  window.htmx.config.includeIndicatorStyles = false;
  window.htmx.config.allowEval = false;
  window.htmx.config.allowScriptTags = false;
  window.htmx.config.historyCacheSize = 0;
  // Empty choices are left out of the address, so it reads /oppdrag?year=2025 rather than listing every filter.
  document.addEventListener('htmx:configRequest', function (hendelse) {
    var parametre = hendelse.detail.parameters;
    Object.keys(parametre).forEach(function (navn) {
      if (parametre[navn] === '') {
        delete parametre[navn];
      }
    });
  });
  // A changed filter updates the results (form[data-filtrer-ved-endring], which htmx sends on submit). Once the
  // changes stop for a moment, and only when the choices differ from those last sent: moving through a select with
  // the arrow keys changes it at every step, and each request would push an entry into the history. A submit (the
  // button, or Enter in a text field, which also changes it) sends at once and takes the place of the waiting one;
  // two requests would have the first one aborted (htmx:sendAbort, an error in the console). Listened to on the
  // document: going back in history, htmx puts a new form in the page.
  var venter = null;
  function valgene(skjema) {
    return new URLSearchParams(new FormData(skjema)).toString();
  }
  function husk() {
    document.querySelectorAll('form[data-filtrer-ved-endring]').forEach(function (skjema) {
      skjema.sendteValg = valgene(skjema);
    });
  }
  document.addEventListener('change', function (hendelse) {
    var skjema = hendelse.target.closest && hendelse.target.closest('form[data-filtrer-ved-endring]');
    if (!skjema) {
      return;
    }
    clearTimeout(venter);
    venter = setTimeout(function () {
      if (valgene(skjema) !== skjema.sendteValg) {
        skjema.requestSubmit();
      }
    }, 400);
  });
  document.addEventListener('submit', function (hendelse) {
    if (hendelse.target.matches('form[data-filtrer-ved-endring]')) {
      clearTimeout(venter);
      hendelse.target.sendteValg = valgene(hendelse.target);
    }
  }, true);
  document.addEventListener('htmx:historyRestore', husk);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', husk);
  }
  else {
    husk();
  }
  // A refused filter (400, such as a deadline range that ends before it starts) answers with the reason in place of
  // the results. htmx would drop an error answer and leave the old results, as if the change had been taken.
  document.addEventListener('htmx:beforeSwap', function (hendelse) {
    if (hendelse.detail.xhr.status === 400) {
      hendelse.detail.shouldSwap = true;
      hendelse.detail.isError = false;
    }
  });
  // The filter's fields the refusal names (data-ugyldige-felt on its message) are marked invalid and point to the
  // message, until an answer that refuses none. The focus stays where it is: the filter sends itself while the reader
  // is still choosing, and the message is read out as an alert.
  document.addEventListener('htmx:afterSettle', function () {
    var melding = document.querySelector('#oppdrag-treff [data-ugyldige-felt]');
    var ugyldige = melding ? melding.getAttribute('data-ugyldige-felt').split(' ') : [];
    document.querySelectorAll('form[data-filtrer-ved-endring] [name]').forEach(function (felt) {
      var beskrevetAv = felt.getAttribute('data-beskrevet-av');
      if (beskrevetAv !== null) {
        felt.removeAttribute('aria-invalid');
        felt.removeAttribute('data-beskrevet-av');
        if (beskrevetAv) {
          felt.setAttribute('aria-describedby', beskrevetAv);
        }
        else {
          felt.removeAttribute('aria-describedby');
        }
      }
      if (melding && melding.id && ugyldige.indexOf(felt.name) >= 0) {
        beskrevetAv = felt.getAttribute('aria-describedby') || '';
        felt.setAttribute('data-beskrevet-av', beskrevetAv);
        felt.setAttribute('aria-invalid', 'true');
        felt.setAttribute('aria-describedby', (melding.id + ' ' + beskrevetAv).trim());
      }
    });
  });
}

// A department choice (select[data-avdeling-for=<id of the division choice>]) groups the departments by division.
// With JavaScript, only the chosen division's group is offered; without it, all are, and the server refuses a
// department of another division.
(function () {
  function avgrens(avdeling) {
    var divisjon = document.getElementById(avdeling.getAttribute('data-avdeling-for'));
    if (!divisjon) {
      return;
    }
    var valgt = divisjon.value;
    var alleUtenDivisjon = avdeling.getAttribute('data-alle-uten-divisjon') === 'true';
    Array.prototype.forEach.call(avdeling.querySelectorAll('optgroup'), function (gruppe) {
      var synlig = valgt === '' ? alleUtenDivisjon : gruppe.getAttribute('data-divisjon') === valgt;
      gruppe.hidden = !synlig;
      gruppe.disabled = !synlig;
    });
    var option = avdeling.options[avdeling.selectedIndex];
    if (option && option.parentNode.tagName === 'OPTGROUP' && option.parentNode.disabled) {
      avdeling.value = '';
    }
  }

  function avgrensAlle() {
    Array.prototype.forEach.call(document.querySelectorAll('select[data-avdeling-for]'), avgrens);
  }

  // Capture phase: the department is put right before htmx sends the changed filter.
  document.addEventListener('change', function (hendelse) {
    var kilde = hendelse.target;
    if (kilde && kilde.id) {
      Array.prototype.forEach.call(document.querySelectorAll('select[data-avdeling-for="' + kilde.id + '"]'), avgrens);
    }
  }, true);
  document.addEventListener('htmx:afterSwap', avgrensAlle);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', avgrensAlle);
  }
  else {
    avgrensAlle();
  }
})();

// The list's filter (details[data-filterboks]) comes open, so it works without JavaScript. On a phone its fields would
// fill more than the screen before the first assignment: there it starts closed, its summary saying how many choices
// are made, unless the result is empty and the reader is sent back to it (data-lukket-smal="false"). A screen that
// grows wide opens it; one that narrows leaves it as the reader has it.
(function () {
  var smal = window.matchMedia('(max-width: 40rem)');
  function tilpass(ogLukk) {
    Array.prototype.forEach.call(document.querySelectorAll('details[data-filterboks]'), function (boks) {
      if (!smal.matches) {
        boks.open = true;
      }
      else if (ogLukk && boks.getAttribute('data-lukket-smal') === 'true') {
        boks.open = false;
      }
    });
  }
  function vedVisning() {
    tilpass(true);
  }
  smal.addEventListener('change', function () {
    tilpass(false);
  });
  document.addEventListener('htmx:historyRestore', vedVisning);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', vedVisning);
  }
  else {
    vedVisning();
  }
})();
