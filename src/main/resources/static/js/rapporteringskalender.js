// Progressive enhancement of the calendar page: without this file the subscription address stays a selectable field.
document.addEventListener('DOMContentLoaded', () => {
  // «Kopier adressen»: shown only where the browser can write to the clipboard. The confirmation goes into a polite
  // live region; a refused copy selects the address, so the user can copy it by hand.
  document.querySelectorAll('button[data-kopier]').forEach((knapp) => {
    const felt = document.getElementById(knapp.dataset.kopier);
    const melding = knapp.parentElement.querySelector('[aria-live]');
    if (!felt || !melding || !navigator.clipboard || !window.isSecureContext) {
      return;
    }
    knapp.hidden = false;
    knapp.addEventListener('click', async () => {
      melding.textContent = '';
      try {
        await navigator.clipboard.writeText(felt.value);
        melding.textContent = knapp.dataset.kopiert;
      } catch (feil) {
        felt.focus();
        felt.select();
        melding.textContent = knapp.dataset.ikkeKopiert;
      }
    });
  });
});
