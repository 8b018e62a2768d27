// Header widgets (prayer times, weather). Pages are cached alike for every reader and show the default city;
// this script switches both widgets to the reader's city (cookie dl_city), keeps "next prayer" current on the
// reader's clock, and lets the reader pick a city. Without it the widgets still show the default city.
(() => {
  'use strict';

  const COOKIE = 'dl_city';
  const PRAYERS = ['fajr', 'sunrise', 'dhuhr', 'asr', 'maghrib', 'isha'];
  const prayer = document.querySelector('[data-widget="prayer"]');
  const weather = document.querySelector('[data-widget="weather"]');
  if (!prayer && !weather) {
    return;
  }

  // Looked up when first needed, not while the page loads.
  let selectList = null;
  const selects = () => selectList || (selectList = Array.from(document.querySelectorAll('[data-widget] [data-city-select]')));
  const knownCity = (id) => !!id && selects().some((s) => Array.from(s.options).some((o) => o.value === id));
  const cityName = (id) => {
    for (const s of selects()) {
      const option = Array.from(s.options).find((o) => o.value === id);
      if (option) {
        return option.textContent;
      }
    }
    return id;
  };

  // document.cookie blocks on the browser process (milliseconds on a cold start); the Cookie Store API does not.
  const readCookie = async () => {
    if (window.cookieStore) {
      try {
        const cookie = await window.cookieStore.get(COOKIE);
        return cookie && /^[a-z-]+$/.test(cookie.value) ? cookie.value : null;
      } catch {
        // document.cookie below.
      }
    }
    const match = document.cookie.match(/(?:^|;\s*)dl_city=([a-z-]+)/);
    return match ? match[1] : null;
  };
  const writeCookie = (id) => {
    const secure = location.protocol === 'https:' ? '; secure' : '';
    document.cookie = `${COOKIE}=${id}; path=/; max-age=31536000; samesite=lax${secure}`;
  };

  const shape = (text, digits) =>
    digits === 'arabic-indic' ? text.replace(/[0-9]/g, (d) => String.fromCharCode(0x660 + Number(d))) : text;

  // "HH:mm" (24-hour, local to the city) -> "3:34 PM" / "3:34 م" in the page's digits.
  const displayClock = (hhmm, root) => {
    const [h, m] = hhmm.split(':').map(Number);
    const designator = h < 12 ? root.dataset.am : root.dataset.pm;
    return shape(`${h % 12 === 0 ? 12 : h % 12}:${String(m).padStart(2, '0')} ${designator}`, root.dataset.digits);
  };

  const offsetMinutes = (offset) => {
    const match = /^([+-])(\d{2}):(\d{2})$/.exec(offset || '+04:00');
    return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 240;
  };
  const localDate = (offset) => new Date(Date.now() + offsetMinutes(offset) * 60000).toISOString().slice(0, 10);
  const nextDate = (iso) => {
    const [y, m, d] = iso.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
  };
  const instant = (iso, hhmm, offset) => new Date(`${iso}T${hhmm}:00${offset}`);

  // Writes only what differs: on a fresh page the server already rendered the default city, and an unchanged
  // write would still make the browser restyle the header while the page is loading.
  const setText = (el, value) => {
    if (el.textContent !== value) {
      el.textContent = value;
    }
  };
  const setAttr = (el, name, value) => {
    if (el.getAttribute(name) !== value) {
      el.setAttribute(name, value);
    }
  };

  // ---- Prayer times -------------------------------------------------------------------------------------------
  const prayerState = prayer && {
    city: prayer.dataset.city,
    date: prayer.dataset.date,
    offset: prayer.dataset.offset,
    today: prayer.dataset.today.split(','),
    tomorrow: prayer.dataset.tomorrow.split(','),
  };

  const renderPrayer = () => {
    const state = prayerState;
    const now = new Date();
    let next = null;
    for (const [day, times] of [[state.date, state.today], [nextDate(state.date), state.tomorrow]]) {
      for (let i = 0; i < PRAYERS.length && !next; i++) {
        if (PRAYERS[i] !== 'sunrise' && times[i] && instant(day, times[i], state.offset) > now) {
          next = { index: i, day, time: times[i] };
        }
      }
    }

    PRAYERS.forEach((name, i) => {
      const item = prayer.querySelector(`[data-prayer="${name}"]`);
      if (!item) {
        return;
      }
      const time = item.querySelector('.prayer-time');
      const value = state.today[i];
      if (time) {
        setText(time, value ? displayClock(value, prayer) : '—');
        if (time.tagName === 'TIME' && value) {
          setAttr(time, 'datetime', `${state.date}T${value}${state.offset}`);
        }
      }
      item.classList.toggle('is-next', !!next && next.day === state.date && next.index === i);
    });

    if (next) {
      const item = prayer.querySelector(`[data-prayer="${PRAYERS[next.index]}"] .prayer-name`);
      const name = prayer.querySelector('[data-next-name]');
      const time = prayer.querySelector('[data-next-time]');
      if (item && name) {
        setText(name, item.textContent);
      }
      if (time) {
        setText(time, displayClock(next.time, prayer));
        setAttr(time, 'datetime', `${next.day}T${next.time}${state.offset}`);
      }
    }

    const label = prayer.querySelector('[data-city-name]');
    if (label) {
      setText(label, cityName(state.city));
    }
    const link = prayer.querySelector('[data-timetable-link]');
    if (link) {
      setAttr(link, 'href', `${prayer.dataset.timetable}?city=${encodeURIComponent(state.city)}`);
    }
  };

  const fetchDay = async (city, date) => {
    const response = await fetch(`${prayer.dataset.api}?city=${encodeURIComponent(city)}&date=${date}`, {
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) {
      throw new Error(`prayer-times ${response.status}`);
    }
    const body = await response.json();
    return PRAYERS.map((name) => body[name] || '');
  };

  const loadPrayer = async (city) => {
    const today = localDate(prayerState.offset);
    try {
      const [times, tomorrow] = await Promise.all([fetchDay(city, today), fetchDay(city, nextDate(today))]);
      Object.assign(prayerState, { city, date: today, today: times, tomorrow });
      prayer.dataset.city = city;
    } catch {
      // Keep what the page shipped with; it is still right for the city it names.
    }
    renderPrayer();
  };

  // ---- Weather ------------------------------------------------------------------------------------------------
  const loadWeather = async (city) => {
    // The widget endpoint answers 200 with available: false while the provider is unreachable: no failed request.
    let body;
    try {
      const response = await fetch(`${weather.dataset.api}?city=${encodeURIComponent(city)}&lang=${weather.dataset.lang}`, {
        headers: { Accept: 'application/json' },
      });
      if (!response.ok) {
        return;
      }
      ({ reading: body } = await response.json());
    } catch {
      return;
    }
    if (!body) {
      weather.hidden = true;
      return;
    }
    const digits = weather.dataset.digits;
    weather.dataset.city = city;
    weather.querySelectorAll('[data-weather-temp]').forEach((el) => {
      el.textContent = shape(`${Math.round(body.temperatureC)}°C`, digits);
    });
    const description = weather.querySelector('[data-weather-description]');
    if (description) {
      description.textContent = body.description;
    }
    const template = weather.querySelector('template[data-weather-icons]');
    const icon = template && (template.content.querySelector(`[data-icon="${body.icon}"]`) || template.content.querySelector('[data-icon="unknown"]'));
    const holder = weather.querySelector('[data-weather-icon]');
    if (icon && holder) {
      const copy = icon.cloneNode(true);
      copy.setAttribute('aria-label', body.description);
      holder.replaceChildren(copy);
    }
    const age = weather.querySelector('[data-weather-age]');
    if (age) {
      const local = new Date(Date.parse(body.retrievedAt) + offsetMinutes(prayerState ? prayerState.offset : '+04:00') * 60000);
      age.textContent = displayClock(local.toISOString().slice(11, 16), weather);
      if (age.tagName === 'TIME') {
        age.setAttribute('datetime', body.retrievedAt);
      }
    }
    const label = weather.querySelector('[data-city-name]');
    if (label) {
      label.textContent = cityName(city);
    }
    weather.classList.toggle('is-stale', !!body.stale);
    weather.hidden = false;
  };

  // ---- City choice --------------------------------------------------------------------------------------------
  const show = (city) => {
    selects().forEach((s) => {
      s.value = city;
    });
    if (prayer) {
      loadPrayer(city);
    }
    if (weather) {
      loadWeather(city);
    }
  };

  // The stylesheet swaps the no-script "Show" button for the script's controls with the scripting media feature;
  // only a browser without that feature needs the swap done here.
  if (!matchMedia('(scripting: enabled)').matches) {
    document.querySelectorAll('[data-widget] [data-city-submit]').forEach((el) => {
      el.hidden = true;
    });
  }
  // Delegated, so loading the page registers nothing per picker. With the script a choice applies at once.
  const pickerOf = (target) =>
    target instanceof HTMLSelectElement && target.matches('[data-widget] [data-city-select]') ? target : null;
  const choose = (select) => {
    if (knownCity(select.value)) {
      writeCookie(select.value);
      show(select.value);
    }
  };
  document.addEventListener('change', (event) => {
    const select = pickerOf(event.target);
    if (select) {
      choose(select);
    }
  });
  document.addEventListener('submit', (event) => {
    const select = event.target instanceof HTMLFormElement ? pickerOf(event.target.querySelector('[data-city-select]')) : null;
    if (select) {
      event.preventDefault();
      choose(select);
    }
  });

  // Panels behave like menus: a click elsewhere or Escape closes them (the details' shared name already keeps
  // only one open where the browser supports it).
  const widgets = [prayer, weather].filter(Boolean);
  document.addEventListener('click', (event) => {
    widgets.forEach((details) => {
      if (details.open && !details.contains(event.target)) {
        details.open = false;
      }
    });
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') {
      return;
    }
    widgets.forEach((details) => {
      if (details.open) {
        details.open = false;
        details.querySelector('summary')?.focus();
      }
    });
  });

  // A page cached minutes ago (the usual case) still names the right next prayer and needs no change. Only asked
  // once the city's date is known to be the page's.
  const serverNextStillAhead = () => {
    const time = prayer.querySelector('[data-next-time]');
    return !!time && Date.parse(time.getAttribute('datetime')) > Date.now();
  };

  // The update runs as a task of its own: in one task with the set-up it blocked input for over 50 ms on a slow phone.
  setTimeout(async () => {
    const chosen = await readCookie();
    const start = knownCity(chosen) ? chosen : (prayer || weather).dataset.city;
    if (prayer && (start !== prayerState.city || localDate(prayerState.offset) !== prayerState.date)) {
      loadPrayer(start);
    } else if (prayer && !serverNextStillAhead()) {
      renderPrayer();
    }
    if (weather && (start !== weather.dataset.city || weather.hidden)) {
      loadWeather(start);
    }
    if (start !== (prayer || weather).dataset.city) {
      selects().forEach((s) => {
        s.value = start;
      });
    }

    // The page may have been cached a while ago and may stay open for hours: move "next prayer" along and roll
    // over to the new day at the city's midnight.
    if (prayer) {
      setInterval(() => {
        if (localDate(prayerState.offset) !== prayerState.date) {
          loadPrayer(prayerState.city);
        } else {
          renderPrayer();
        }
      }, 30000);
    }
  }, 0);
})();
