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
