// The story editor's hero image picker. Without this script the "choose" button saves the story and opens the picker
// page, which links back with the chosen photo; with it, the same button opens a dialog over the editor that searches
// the library through the management API and uploads a new photo there, and the choice lands in the form (unsaved, as
// any other edit, so autosave and the save button keep it).
(() => {
  const field = document.querySelector('[data-hero-picker]');
  if (!field || typeof HTMLDialogElement === 'undefined') return;
  const form = field.closest('form');
  const api = field.dataset.mediaApi;
  const text = field.dataset;
  const idInput = field.querySelector('[data-hero-id]');
  const current = field.querySelector('[data-hero-current]');
  const remove = field.querySelector('[data-hero-remove]');
  const token = form && form.querySelector('input[name="__RequestVerificationToken"]');
  const format = (template, ...values) => values.reduce((s, v, i) => s.replace(`{${i}}`, v), template);

  const el = (tag, props = {}, children = []) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(props)) {
      if (k === 'class') node.className = v;
      else if (k === 'text') node.textContent = v;
      else if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v === true ? '' : String(v));
    }
    node.append(...children);
    return node;
  };
  const thumb = (id) => `/media/${id}/320.jpg`;

  const show = (item) => {
    idInput.value = item ? String(item.id) : '';
    if (item) {
      current.replaceChildren(
        el('img', { src: thumb(item.id), alt: '', width: item.width, height: item.height, class: 'hp-current__image', 'data-testid': 'hero-preview' }),
        el('p', { class: 'hp-current__text', dir: 'auto' }, [
          el('span', { text: item.caption || text.noCaption }),
          el('span', { class: 'nr-meta', text: item.credit || '' }),
        ]));
    } else {
      current.replaceChildren(el('p', { class: 'nr-meta', text: text.none, 'data-testid': 'hero-none' }));
    }
    for (const hint of field.querySelectorAll('[data-library-hint]')) {
      const value = item && item[hint.dataset.libraryHint];
      hint.textContent = format(text.hint, value || text.nothing);
    }
    // A different photo starts without the previous one's caption, credit and alt text.
    for (const name of ['Form.HeroCaption', 'Form.HeroCredit', 'Form.HeroAltText']) {
      const input = form.elements.namedItem(name);
      if (input) input.value = '';
    }
    remove.hidden = !item;
    form.dispatchEvent(new Event('change', { bubbles: true }));
  };

  remove.addEventListener('click', () => show(null));

  const open = () => {
    const list = el('ul', { class: 'ml-grid', 'aria-live': 'polite', 'data-testid': 'hero-dialog-results' });
    const search = el('input', { type: 'search', id: 'hp-q', dir: 'auto', autocomplete: 'off', 'data-testid': 'hero-dialog-search' });
    const file = el('input', { type: 'file', id: 'hp-file', accept: 'image/jpeg,image/png,image/webp,image/avif,image/gif', 'data-testid': 'hero-dialog-file' });
    const status = el('p', { class: 'nr-hint', role: 'status' });
    const close = el('button', { type: 'button', class: 'nr-button nr-button--secondary', text: text.close });
    const dialog = el('dialog', { class: 'hp-dialog', 'aria-labelledby': 'hp-title', 'data-testid': 'hero-dialog' }, [
      el('div', { class: 'hp-dialog__body' }, [
        el('div', { class: 'hp-dialog__head' }, [el('h2', { id: 'hp-title', text: text.title }), close]),
        el('div', { class: 'nr-field' }, [el('label', { for: 'hp-q', text: text.search }), search]),
        list,
        el('div', { class: 'nr-field' }, [el('label', { for: 'hp-file', text: text.upload }), file, status]),
      ]),
    ]);
    const done = (item) => {
      if (item) show(item);
      dialog.close();
    };
    close.addEventListener('click', () => done(null));
    dialog.addEventListener('close', () => {
      dialog.remove();
      field.querySelector('[data-hero-choose]').focus();
    });

    let asked = 0;
    const load = async (q) => {
      const mine = ++asked;
      const response = await fetch(`${api}?q=${encodeURIComponent(q)}`, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (!response.ok || mine !== asked) return;
      const { items } = await response.json();
      list.replaceChildren(...items.map((item) => el('li', {}, [
        el('button', { type: 'button', class: 'hp-pick', 'aria-label': format(text.use, item.caption || text.noCaption), 'data-testid': `hero-pick-${item.id}` }, [
          el('img', { src: thumb(item.id), alt: '', width: item.width, height: item.height, loading: 'lazy' }),
          el('span', { dir: 'auto', text: item.caption || text.noCaption }),
          el('span', { class: 'nr-meta', dir: 'auto', text: item.credit || '' }),
        ]),
      ])));
      list.querySelectorAll('button').forEach((button, i) => button.addEventListener('click', () => done(items[i])));
      if (items.length === 0) list.append(el('li', { text: text.noAssets }));
    };
    let timer;
    search.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => load(search.value), 250);
    });
    file.addEventListener('change', async () => {
      if (!file.files.length) return;
      const body = new FormData();
      body.append('files', file.files[0], file.files[0].name);
      status.textContent = text.uploading;
      const response = await fetch(api, {
        method: 'POST', body, credentials: 'same-origin',
        headers: { Accept: 'application/json', RequestVerificationToken: token ? token.value : '' },
      });
      const result = await response.json().catch(() => ({}));
      if (response.status === 201) {
        done(result.items[0]);
      } else {
        status.textContent = result.detail || String(response.status);
      }
    });

    document.body.append(dialog);
    dialog.showModal();
    search.focus();
    load('');
  };

  field.querySelector('[data-hero-choose]').addEventListener('click', (e) => {
    e.preventDefault();
    open();
  });
})();
