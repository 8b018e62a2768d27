// The story editor's edit lock heartbeat. The page took the lock when it opened; this keeps it while the editor is
// open, and when someone takes it over it says so and leaves the editor's text on screen (nothing is cleared).
(() => {
  const form = document.querySelector('form[data-lock-url]');
  if (!form) return;
  const url = form.dataset.lockUrl;
  const lost = document.querySelector('[data-testid="lock-lost"]');
  const beat = async () => {
    try {
      const response = await fetch(url, { method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (!response.ok) return;
      const state = await response.json();
      if (!state.held && lost) {
        lost.hidden = false;
        clearInterval(timer);
      }
    } catch {
      // Offline for a moment: the next beat tries again; the form keeps everything typed.
    }
  };
  const timer = setInterval(beat, 15000);
})();

// Autosave of the working copy: every 10 s while something changed, and when a field loses focus. It posts the form
// as it stands, with the version it last saved over, so a save by someone else in between is refused (409) and nothing
// is overwritten; the editor is then asked to save through the form, which shows both versions. Offline, the text
// stays in the form and the next attempt sends it.
(() => {
  const form = document.querySelector('form[data-autosave-url]');
  const status = document.querySelector('[data-testid="autosave"]');
  if (!form || !status) return;
  const version = form.querySelector('input[name="Form.Version"]');
  const time = new Intl.DateTimeFormat(document.documentElement.lang || undefined, { hour: '2-digit', minute: '2-digit' });
  let dirty = false;
  let busy = false;
  let stopped = false;
  let submitting = false;
  let inflight = Promise.resolve();
  const show = (state, text) => {
    status.dataset.state = state;
    status.textContent = text;
  };
  const save = () => {
    if (!dirty || busy || stopped || submitting) return inflight;
    inflight = send();
    return inflight;
  };
  const send = async () => {
    busy = true;
    dirty = false;
    try {
      const response = await fetch(form.dataset.autosaveUrl, {
        method: 'POST', body: new FormData(form), credentials: 'same-origin', headers: { Accept: 'application/json' },
      });
      const result = await response.json().catch(() => ({}));
      if (response.ok) {
        version.value = result.version;
        show('saved', status.dataset.savedAt.replace('{0}', time.format(new Date(result.savedAt))));
      } else if (response.status === 409) {
        stopped = true;
        show('conflict', status.dataset.conflict);
      } else {
        dirty = true;
        show('invalid', status.dataset.invalid);
      }
    } catch {
      dirty = true;
      show('offline', status.dataset.offline);
    } finally {
      busy = false;
    }
  };
  form.addEventListener('input', () => { dirty = true; });
  form.addEventListener('change', () => { dirty = true; });
  form.addEventListener('focusout', (event) => {
    // Focus moving to a button of the form is the editor pressing it: that button's own post carries the text.
    if (event.relatedTarget?.form === form && event.relatedTarget.type === 'submit') return;
    save();
  });
  // A save, submit or publish pressed while an autosave is on its way would post the version the autosave is about to
  // replace, and meet the editor's own autosave as a conflict. Wait for it, then post over the version it saved.
  form.addEventListener('submit', (event) => {
    if (submitting) return;
    submitting = true;
    if (!busy) return;
    event.preventDefault();
    inflight.finally(() => form.requestSubmit(event.submitter));
  });
  window.addEventListener('online', save);
  // Said at once, not at the next attempt: whatever is typed from now on waits in the page for the connection.
  window.addEventListener('offline', () => { if (!stopped) show('offline', status.dataset.offline); });
  setInterval(save, 10000);
})();
