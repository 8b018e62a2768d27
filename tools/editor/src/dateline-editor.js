// The newsroom's story body editor. Source of wwwroot/lib/tiptap/dateline-editor.js (built by tools/update-editor.sh).
//
// It enhances every <textarea data-editor> of a form: the textarea stays the field that is posted (so the form works
// without JavaScript, and the server sanitizes whatever arrives), and the editor writes its HTML back into it on every
// change. The schema is the allow-list of BodyHtmlSanitizer: paragraphs, h2-h4, bold, italic, links, block quotes,
// lists, media-library figures with a caption, galleries of them, and YouTube/X embeds kept as placeholders the server
// renders.
import { Editor, Extension, Node, mergeAttributes } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Placeholder } from '@tiptap/extensions';

const blockTypes = ['paragraph', 'heading', 'blockquote', 'listItem', 'figcaption'];

// Every block keeps its own direction so an Arabic quote in an English story (and the reverse) reads correctly.
const AutoDirection = Extension.create({
  name: 'autoDirection',
  addGlobalAttributes() {
    return [{
      types: blockTypes,
      attributes: {
        dir: {
          default: 'auto',
          parseHTML: el => (['ltr', 'rtl', 'auto'].includes(el.getAttribute('dir')) ? el.getAttribute('dir') : 'auto'),
          renderHTML: attrs => ({ dir: attrs.dir || 'auto' }),
        },
      },
    }];
  },
});

const FigureImage = Node.create({
  name: 'figureImage',
  atom: true,
  selectable: false,
  draggable: false,
  addAttributes() {
    return {
      src: { default: null },
      alt: { default: '' },
      mediaId: {
        default: null,
        parseHTML: el => el.getAttribute('data-media-id'),
        renderHTML: attrs => ({ 'data-media-id': attrs.mediaId }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'figure > img[data-media-id]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['img', mergeAttributes(HTMLAttributes)];
  },
});

const Figcaption = Node.create({
  name: 'figcaption',
  content: 'inline*',
  marks: 'bold italic link',
  defining: true,
  parseHTML() {
    return [{ tag: 'figcaption' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['figcaption', mergeAttributes(HTMLAttributes), 0];
  },
});

// An image from the media library with its caption, typed in place under the picture.
const Figure = Node.create({
  name: 'figure',
  group: 'block',
  content: 'figureImage figcaption',
  isolating: true,
  draggable: true,
  parseHTML() {
    return [{
      tag: 'figure',
      getAttrs: el => (!el.hasAttribute('data-embed') && !el.hasAttribute('data-gallery') && el.querySelector(':scope > img[data-media-id]') ? null : false),
    }];
  },
  renderHTML() {
    return ['figure', 0];
  },
  addCommands() {
    return {
      insertMediaFigure: ({ mediaId, src, alt, caption }) => ({ commands }) => commands.insertContent({
        type: this.name,
        content: [
          { type: 'figureImage', attrs: { mediaId: String(mediaId), src, alt: alt || '' } },
          { type: 'figcaption', content: caption ? [{ type: 'text', text: caption }] : [] },
        ],
      }),
    };
  },
});

// A gallery: photos in order, each with its caption, and an optional caption of its own. Stored as
// <figure data-gallery> around the photos' figures; the public page renders it as a swipeable list (BodyImages).
const Gallery = Node.create({
  name: 'gallery',
  group: 'block',
  content: 'figure+ figcaption?',
  isolating: true,
  draggable: true,
  parseHTML() {
    return [{ tag: 'figure[data-gallery]', priority: 60 }];
  },
  renderHTML() {
    return ['figure', { 'data-gallery': '' }, 0];
  },
  addCommands() {
    return {
      insertGallery: ({ items }) => ({ commands }) => commands.insertContent({
        type: this.name,
        content: items.map(item => ({
          type: 'figure',
          content: [
            { type: 'figureImage', attrs: { mediaId: String(item.mediaId), src: item.src, alt: item.alt || '' } },
            { type: 'figcaption', content: item.caption ? [{ type: 'text', text: item.caption }] : [] },
          ],
        })),
      }),
    };
  },
});

const embedProviders = {
  youtube: {
    label: 'YouTube',
    // Accepts the watch, short, embed and youtu.be forms; the id is all that is stored.
    idFrom(url) {
      const m = /^(?:https?:\/\/)?(?:www\.|m\.)?(?:youtube(?:-nocookie)?\.com\/(?:watch\?(?:.*&)?v=|embed\/|shorts\/|live\/)|youtu\.be\/)([A-Za-z0-9_-]{11})/.exec(url.trim());
      return m ? m[1] : null;
    },
  },
  x: {
    label: 'X',
    idFrom(url) {
      const m = /^(?:https?:\/\/)?(?:www\.|mobile\.)?(?:x|twitter)\.com\/[A-Za-z0-9_]+\/status(?:es)?\/(\d{1,25})/.exec(url.trim());
      return m ? m[1] : null;
    },
  },
};

// A YouTube video or a post on X, stored as <figure data-embed="…" data-id="…"></figure>: the public page turns it
// into a link (no third-party request until the reader chooses to follow it).
const Embed = Node.create({
  name: 'embed',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      provider: { default: null, parseHTML: el => el.getAttribute('data-embed'), renderHTML: a => ({ 'data-embed': a.provider }) },
      id: { default: null, parseHTML: el => el.getAttribute('data-id'), renderHTML: a => ({ 'data-id': a.id }) },
    };
  },
  parseHTML() {
    return [{
      tag: 'figure[data-embed]',
      getAttrs: el => (embedProviders[el.getAttribute('data-embed')] && el.getAttribute('data-id') ? null : false),
    }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['figure', mergeAttributes(HTMLAttributes)];
  },
  addNodeView() {
    return ({ node }) => {
      const dom = document.createElement('figure');
      dom.className = 'dl-embed dl-embed--' + node.attrs.provider;
      dom.setAttribute('data-embed', node.attrs.provider);
      dom.setAttribute('data-id', node.attrs.id);
      dom.contentEditable = 'false';
      const label = document.createElement('span');
      label.className = 'dl-embed__label';
      label.textContent = (embedProviders[node.attrs.provider]?.label ?? node.attrs.provider) + ' · ' + node.attrs.id;
      dom.append(label);
      return { dom };
    };
  },
  addCommands() {
    return {
      insertEmbed: ({ provider, id }) => ({ commands }) => commands.insertContent({ type: this.name, attrs: { provider, id } }),
    };
  },
});

function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v === true ? '' : v);
  }
  node.append(...children);
  return node;
}

// A small modal form (a native <dialog>) instead of window.prompt, so labels are translated and it is accessible.
function ask(labels, { title, fields, body }) {
  return new Promise(resolve => {
    const form = el('form', { method: 'dialog', class: 'dl-dialog__form' });
    const heading = el('h2', { class: 'dl-dialog__title', text: title, id: 'dl-dialog-title' });
    form.append(heading);
    const inputs = {};
    for (const f of fields || []) {
      const id = 'dl-dialog-' + f.name;
      const input = el('input', { id, name: f.name, type: f.type || 'text', value: f.value || '', dir: 'auto', required: f.required });
      inputs[f.name] = input;
      form.append(el('label', { for: id, text: f.label }), input);
    }
    if (body) form.append(body);
    const error = el('p', { class: 'dl-dialog__error', role: 'alert' });
    form.append(error);
    const ok = el('button', { type: 'submit', value: 'ok', class: 'button button--primary', text: labels.ok });
    const cancel = el('button', { type: 'submit', value: 'cancel', class: 'button', text: labels.cancel, formnovalidate: true });
    form.append(el('div', { class: 'dl-dialog__actions' }, [ok, cancel]));
    const dialog = el('dialog', { class: 'dl-dialog', 'aria-labelledby': 'dl-dialog-title' }, [form]);
    document.body.append(dialog);
    dialog.addEventListener('close', () => {
      const values = dialog.returnValue === 'ok'
        ? Object.fromEntries(Object.entries(inputs).map(([k, i]) => [k, i.value.trim()]))
        : (dialog.returnValue && dialog.returnValue !== 'cancel' ? { picked: dialog.returnValue } : null);
      dialog.remove();
      resolve(values);
    });
    dialog.showModal();
    (Object.values(inputs)[0] || ok).focus();
  });
}

// The library through the management API (newest first, searched by caption, credit and keywords). With several,
// each click adds or removes a photo, numbered in the order they will appear.
async function pickMedia(labels, url, { several = false } = {}) {
  const list = el('div', { class: 'dl-media-grid', role: 'list', 'data-testid': 'media-dialog-results' });
  const search = el('input', { type: 'search', id: 'dl-media-q', dir: 'auto', autocomplete: 'off' });
  const searchLabel = el('label', { for: 'dl-media-q', text: labels.searchMedia });
  const wrap = el('div', { class: 'dl-dialog__media' }, [searchLabel, search, list]);
  const picked = [];
  let items = [];
  const known = new Map();
  const mark = () => list.querySelectorAll('button[data-id]').forEach(b => {
    const at = picked.indexOf(b.dataset.id);
    b.setAttribute('aria-pressed', String(at >= 0));
    b.querySelector('.dl-media-grid__order').textContent = at >= 0 ? String(at + 1) : '';
  });
  async function load(q) {
    const response = await fetch(url + '?q=' + encodeURIComponent(q || ''), { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    items = response.ok ? (await response.json()).items : [];
    items.forEach(i => known.set(String(i.id), i));
    list.replaceChildren(...items.map(item => el('div', { role: 'listitem' }, [
      el('button', several
        ? { type: 'button', 'data-id': String(item.id), class: 'dl-media-grid__item', 'aria-pressed': 'false', 'data-testid': 'media-pick-' + item.id }
        : { type: 'submit', value: String(item.id), class: 'dl-media-grid__item', 'data-testid': 'media-pick-' + item.id }, [
        el('img', { src: '/media/' + item.id + '/320.jpg', alt: '', width: item.width, height: item.height, loading: 'lazy' }),
        el('span', { text: item.caption || item.altText || ('#' + item.id), dir: 'auto' }),
        el('span', { class: 'dl-media-grid__order', 'aria-hidden': 'true' }),
      ]),
    ])));
    if (several) {
      list.querySelectorAll('button[data-id]').forEach(b => b.addEventListener('click', () => {
        const at = picked.indexOf(b.dataset.id);
        if (at >= 0) picked.splice(at, 1); else picked.push(b.dataset.id);
        mark();
      }));
      mark();
    }
    if (items.length === 0) list.append(el('p', { text: labels.noMedia }));
  }
  let timer;
  search.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => load(search.value), 250); });
  const loading = load('');
  const answer = await ask(labels, { title: several ? labels.gallery : labels.image, body: wrap });
  await loading;
  if (several) return answer ? picked.map(id => known.get(id)).filter(Boolean) : [];
  if (!answer || !answer.picked) return null;
  return known.get(answer.picked) || null;
}

// What the body stores for a library photo: its 800 px rendition as src (the sanitizer admits only /media/{id}/…),
// which the public page replaces with the full srcset.
const bodyImage = item => ({ mediaId: item.id, src: '/media/' + item.id + '/800.jpg', alt: item.altText || '', caption: item.caption || '' });

function toolbarButton(label, icon, run, isActive) {
  const button = el('button', { type: 'button', class: 'dl-toolbar__button', 'aria-label': label, title: label });
  button.append(el('span', { 'aria-hidden': 'true', text: icon }));
  button.addEventListener('click', run);
  button.isActive = isActive;
  if (isActive) button.setAttribute('aria-pressed', 'false');
  return button;
}

function enhance(textarea) {
  const labels = { ...JSON.parse(textarea.dataset.editorLabels || '{}'), ...JSON.parse(textarea.dataset.editorMediaLabels || '{}') };
  const label = (key, fallback) => labels[key] || fallback;
  const host = el('div', { class: 'dl-editor' });
  const toolbar = el('div', { class: 'dl-toolbar', role: 'toolbar', 'aria-label': label('toolbar', 'Formatting'), 'aria-controls': textarea.id + '-editor' });
  const surface = el('div', { class: 'dl-editor__surface' });
  host.append(toolbar, surface);
  textarea.after(host);
  textarea.hidden = true;
  textarea.classList.add('is-enhanced');

  const labelledBy = textarea.labels && textarea.labels[0] ? (textarea.labels[0].id ||= textarea.id + '-label') : null;
  const editor = new Editor({
    element: surface,
    injectCSS: false,
    content: textarea.value,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        code: false,
        codeBlock: false,
        strike: false,
        underline: false,
        horizontalRule: false,
        link: { openOnClick: false, autolink: true, protocols: ['mailto', 'tel'], HTMLAttributes: { rel: null, target: null } },
      }),
      Placeholder.configure({ placeholder: label('placeholder', '') }),
      AutoDirection,
      Gallery,
      Figure,
      FigureImage,
      Figcaption,
      Embed,
    ],
    editorProps: {
      attributes: {
        id: textarea.id + '-editor',
        class: 'dl-editor__content article-body',
        role: 'textbox',
        'aria-multiline': 'true',
        ...(labelledBy ? { 'aria-labelledby': labelledBy } : { 'aria-label': label('body', 'Body') }),
        ...(textarea.getAttribute('aria-describedby') ? { 'aria-describedby': textarea.getAttribute('aria-describedby') } : {}),
        'data-testid': 'body-editor',
      },
    },
    onUpdate({ editor: e }) {
      textarea.value = e.isEmpty ? '' : e.getHTML();
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    },
  });

  const chain = () => editor.chain().focus();
  const buttons = [
    toolbarButton(label('paragraph', 'Paragraph'), '¶', () => chain().setParagraph().run(), () => editor.isActive('paragraph')),
    toolbarButton(label('h2', 'Heading 2'), 'H2', () => chain().toggleHeading({ level: 2 }).run(), () => editor.isActive('heading', { level: 2 })),
    toolbarButton(label('h3', 'Heading 3'), 'H3', () => chain().toggleHeading({ level: 3 }).run(), () => editor.isActive('heading', { level: 3 })),
    toolbarButton(label('h4', 'Heading 4'), 'H4', () => chain().toggleHeading({ level: 4 }).run(), () => editor.isActive('heading', { level: 4 })),
    null,
    toolbarButton(label('bold', 'Bold'), 'B', () => chain().toggleBold().run(), () => editor.isActive('bold')),
    toolbarButton(label('italic', 'Italic'), 'I', () => chain().toggleItalic().run(), () => editor.isActive('italic')),
    toolbarButton(label('link', 'Link'), '🔗', async () => {
      const current = editor.getAttributes('link').href || '';
      const answer = await ask(labels, { title: label('link', 'Link'), fields: [{ name: 'href', label: label('linkUrl', 'Address'), type: 'url', value: current }] });
      if (!answer) return editor.commands.focus();
      if (!answer.href) return chain().extendMarkRange('link').unsetLink().run();
      chain().extendMarkRange('link').setLink({ href: answer.href }).run();
    }, () => editor.isActive('link')),
    null,
    toolbarButton(label('quote', 'Quote'), '❝', () => chain().toggleBlockquote().run(), () => editor.isActive('blockquote')),
    toolbarButton(label('bulletList', 'Bulleted list'), '•', () => chain().toggleBulletList().run(), () => editor.isActive('bulletList')),
    toolbarButton(label('orderedList', 'Numbered list'), '1.', () => chain().toggleOrderedList().run(), () => editor.isActive('orderedList')),
    null,
    ...(textarea.dataset.editorMedia ? (() => {
      const mediaLabels = { ...labels, ok: label('ok', 'OK'), cancel: label('cancel', 'Cancel'), image: label('image', 'Image'), gallery: label('gallery', 'Gallery'), searchMedia: label('searchMedia', 'Search'), noMedia: label('noMedia', 'No images') };
      return [
        toolbarButton(label('image', 'Image'), '🖼', async () => {
          const item = await pickMedia(mediaLabels, textarea.dataset.editorMedia);
          if (!item) return editor.commands.focus();
          chain().insertMediaFigure(bodyImage(item)).run();
        }),
        toolbarButton(label('gallery', 'Gallery'), '▦', async () => {
          const picked = await pickMedia(mediaLabels, textarea.dataset.editorMedia, { several: true });
          if (picked.length === 0) return editor.commands.focus();
          chain().insertGallery({ items: picked.map(bodyImage) }).run();
        }),
      ];
    })() : []),
    ...Object.entries(embedProviders).map(([provider, p]) => toolbarButton(label(provider, p.label), provider === 'youtube' ? '▶' : 'X', async () => {
      const answer = await ask({ ok: label('ok', 'OK'), cancel: label('cancel', 'Cancel') }, { title: label(provider, p.label), fields: [{ name: 'url', label: label('embedUrl', 'Address'), type: 'url', required: true }] });
      const id = answer && p.idFrom(answer.url || '');
      if (!id) return editor.commands.focus();
      chain().insertEmbed({ provider, id }).run();
    })),
    null,
    toolbarButton(label('undo', 'Undo'), '↶', () => chain().undo().run()),
    toolbarButton(label('redo', 'Redo'), '↷', () => chain().redo().run()),
  ].filter(b => b !== undefined);
  for (const b of buttons) toolbar.append(b === null ? el('span', { class: 'dl-toolbar__separator', 'aria-hidden': 'true' }) : b);

  // Roving focus: one tab stop for the toolbar, arrows move along it (the WAI-ARIA toolbar pattern).
  const focusable = buttons.filter(Boolean);
  focusable.forEach((b, i) => b.setAttribute('tabindex', i === 0 ? '0' : '-1'));
  toolbar.addEventListener('keydown', e => {
    const i = focusable.indexOf(document.activeElement);
    if (i < 0) return;
    const rtl = getComputedStyle(toolbar).direction === 'rtl';
    let next = null;
    if (e.key === (rtl ? 'ArrowLeft' : 'ArrowRight')) next = (i + 1) % focusable.length;
    else if (e.key === (rtl ? 'ArrowRight' : 'ArrowLeft')) next = (i - 1 + focusable.length) % focusable.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = focusable.length - 1;
    if (next === null) return;
    e.preventDefault();
    focusable[i].setAttribute('tabindex', '-1');
    focusable[next].setAttribute('tabindex', '0');
    focusable[next].focus();
  });

  const refresh = () => {
    for (const b of focusable) if (b.isActive) b.setAttribute('aria-pressed', String(!!b.isActive()));
  };
  editor.on('selectionUpdate', refresh);
  editor.on('transaction', refresh);

  // Other scripts (autosave, conflict merge) replace the body through the textarea and this event.
  textarea.addEventListener('dateline:set-body', e => editor.commands.setContent(e.detail || '', { emitUpdate: false }));
  textarea.datelineEditor = editor;
  return editor;
}

function start() {
  document.querySelectorAll('textarea[data-editor]').forEach(enhance);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();


