// The story editor's pickers. Without this script both are plain form fields (topics typed as names separated by
// commas; pinned stories found, added, moved and removed by submit buttons that re-show the form unsaved); with it
// the same fields are filled in the page. Every change is announced to the autosave with a "change" event.

// Topic autocomplete: the topics text field becomes a combobox over the topics of the story's edition. The word being
// typed (after the last comma, Latin or Arabic) is looked up; picking a topic writes its exact name in place, and a
// name that matches none is offered as a new topic, created when the story is saved.
(() => {
  const list = document.querySelector('[data-topic-suggest]');
  const input = document.querySelector('input[name="Form.Topics"]');
  if (!list || !input) return;
  const separators = /[,،]/;
  let options = [];
  let active = -1;
  let timer = 0;
  let request = null;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');

  const current = () => {
    const value = input.value;
    const start = Math.max(value.lastIndexOf(','), value.lastIndexOf('،')) + 1;
    return { start, word: value.slice(start).trim() };
  };
  const fold = (text) => text.trim().toLocaleLowerCase()
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '').replace(/[أإآٱ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي');
  const close = () => {
    list.hidden = true;
    list.replaceChildren();
    options = [];
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const highlight = (index) => {
    options.forEach((option, i) => option.element.setAttribute('aria-selected', String(i === index)));
    active = index;
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', options[index].element.id);
      options[index].element.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };
  const pick = (name) => {
    const { start } = current();
    const before = input.value.slice(0, start).replace(/\s+$/, '');
    const lead = before.length === 0 ? '' : `${before} `;
    const comma = document.documentElement.lang === 'ar' ? '، ' : ', ';
    input.value = `${lead}${name}${comma}`;
    close();
    input.dispatchEvent(new Event('change', { bubbles: true }));
    input.focus();
  };
  const show = (word, topics) => {
    list.replaceChildren();
    options = topics.map((topic) => ({ name: topic.name, stories: topic.stories }));
    const known = topics.some((topic) => fold(topic.name) === fold(word));
    if (!known) options.push({ name: word, isNew: true });
    const chosen = new Set(input.value.split(separators).map(fold).filter((name) => name.length > 0));
    options = options.filter((option) => option.isNew || !chosen.has(fold(option.name)) || fold(option.name) === fold(word));
    options.forEach((option, i) => {
      const item = document.createElement('li');
      item.id = `topic-option-${i}`;
      item.setAttribute('role', 'option');
      item.setAttribute('aria-selected', 'false');
      item.className = option.isNew ? 'nr-suggest__option nr-suggest__option--new' : 'nr-suggest__option';
      item.dataset.testid = option.isNew ? 'topic-new' : 'topic-option';
      const name = document.createElement('span');
      name.dir = 'auto';
      name.textContent = option.isNew ? list.dataset.newTopic.replace('{0}', option.name) : option.name;
      item.append(name);
      if (!option.isNew) {
        const count = document.createElement('span');
        count.className = 'nr-suggest__count';
        count.textContent = list.dataset.stories.replace('{0}', option.stories.toLocaleString(document.documentElement.lang || undefined));
        item.append(count);
      }
      // mousedown, not click: the field keeps its focus, so the autosave's focusout does not fire mid-pick.
      item.addEventListener('mousedown', (event) => { event.preventDefault(); pick(option.name); });
      option.element = item;
      list.append(item);
    });
    list.hidden = options.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    highlight(options.length > 0 && !options[0].isNew ? 0 : -1);
  };
  const lookup = async () => {
    const { word } = current();
    if (word.length === 0) { close(); return; }
    request?.abort();
    request = new AbortController();
    try {
      const response = await fetch(`${list.dataset.topicSuggest}&q=${encodeURIComponent(word)}`, {
        credentials: 'same-origin', headers: { Accept: 'application/json' }, signal: request.signal,
      });
      if (!response.ok) { close(); return; }
      const topics = await response.json();
      if (current().word === word) show(word, topics);
    } catch {
      // Aborted by the next keystroke, or offline: the field still takes any name typed.
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(lookup, 150);
  });
  input.addEventListener('keydown', (event) => {
    if (list.hidden) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      highlight((active + step + options.length) % options.length);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      pick(options[active].name);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
})();

// Pinned related stories: find live stories by headline, pin, reorder and remove, all in the page.
(() => {
  const picker = document.querySelector('[data-pins]');
  if (!picker) return;
  const form = picker.closest('form');
  const list = picker.querySelector('[data-pins-list]');
  const empty = picker.querySelector('[data-pins-empty]');
  const template = picker.querySelector('[data-pin-template]');
  const query = picker.querySelector('[data-pin-query]');
  const results = picker.querySelector('[data-pin-results]');
  const changed = () => {
    empty.hidden = list.children.length > 0;
    form.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const pinned = () => [...list.querySelectorAll('input[name="Form.PinnedRelatedIds"]')].map((input) => input.value);
  const add = (id, headline) => {
    if (pinned().includes(String(id))) return;
    const item = template.content.firstElementChild.cloneNode(true);
    item.dataset.pin = id;
    item.querySelector('input').value = id;
    item.querySelector('[data-pin-headline]').textContent = headline;
    item.querySelectorAll('button').forEach((button) => { button.value = `${button.value}:${id}`; });
    item.querySelectorAll('[data-label]').forEach((label) => { label.textContent = `${label.dataset.label}: ${headline}`; });
    list.append(item);
    changed();
  };
  const find = async () => {
    const q = query.value.trim();
    if (q.length === 0) return;
    const exclude = [...pinned(), picker.dataset.storyId].filter((id) => id).map((id) => `&exclude=${encodeURIComponent(id)}`).join('');
    try {
      const response = await fetch(`${picker.dataset.relatedUrl}&q=${encodeURIComponent(q)}${exclude}`, {
        credentials: 'same-origin', headers: { Accept: 'application/json' },
      });
      if (!response.ok) return;
      const stories = await response.json();
      results.replaceChildren();
      if (stories.length === 0) {
        const none = document.createElement('p');
        none.className = 'nr-empty';
        none.textContent = results.dataset.none;
        results.append(none);
        return;
      }
      const found = document.createElement('ul');
      found.className = 'nr-pins__found';
      for (const story of stories) {
        const item = document.createElement('li');
        const headline = document.createElement('span');
        headline.dir = 'auto';
        headline.textContent = story.headline;
        const time = document.createElement('time');
        time.className = 'nr-meta';
        time.dateTime = story.publishedAt;
        time.textContent = story.publishedAt.slice(0, 10);
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'nr-tool';
        button.dataset.testid = 'pin-add';
        button.textContent = results.dataset.add;
        const label = document.createElement('span');
        label.className = 'visually-hidden';
        label.textContent = `: ${story.headline}`;
        button.append(label);
        button.addEventListener('click', () => { add(story.id, story.headline); item.remove(); });
        item.append(headline, time, button);
        found.append(item);
      }
      results.append(found);
    } catch {
      // Offline: the Find button still posts the form, which searches on the server.
    }
  };

  picker.addEventListener('click', (event) => {
    const button = event.target.closest('button[name="act"]');
    if (!button || !picker.contains(button)) return;
    event.preventDefault();
    const [verb, id] = button.value.split(':');
    const item = id ? list.querySelector(`[data-pin="${CSS.escape(id)}"]`) : null;
    if (verb === 'pin-find') {
      find();
    } else if (verb === 'pin-add' && id) {
      add(id, button.closest('li')?.querySelector('span')?.textContent ?? id);
      button.closest('li')?.remove();
    } else if (item && verb === 'pin-remove') {
      item.remove();
      changed();
      query.focus();
    } else if (item && verb === 'pin-up' && item.previousElementSibling) {
      item.previousElementSibling.before(item);
      button.focus();
      changed();
    } else if (item && verb === 'pin-down' && item.nextElementSibling) {
      item.nextElementSibling.after(item);
      button.focus();
      changed();
    }
  });
  query.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      find();
    }
  });
})();
