// The media library's enhancements. Without this script the upload form posts every file at once, and the focal
// point is typed as two numbers; with it, files upload one by one through the API with their own progress bar, and
// a click on the photo moves the focal point and redraws the three crops at once.
(() => {
  const format = (template, ...values) => values.reduce((text, value, i) => text.replace(`{${i}}`, value), template);

  const upload = document.querySelector('form[data-media-upload]');
  if (upload) {
    const input = upload.querySelector('input[type=file]');
    const list = upload.querySelector('.ml-progress');
    const token = upload.querySelector('input[name="__RequestVerificationToken"]').value;

    const send = (file) => new Promise((resolve) => {
      const item = document.createElement('li');
      const label = document.createElement('span');
      const bar = document.createElement('progress');
      label.textContent = format(upload.dataset.uploading, file.name);
      bar.max = file.size || 1;
      bar.value = 0;
      item.append(label, bar);
      list.append(item);

      const body = new FormData();
      body.append('files', file, file.name);
      const request = new XMLHttpRequest();
      request.open('POST', upload.dataset.mediaUpload);
      request.setRequestHeader('RequestVerificationToken', token);
      request.setRequestHeader('Accept', 'application/json');
      request.upload.addEventListener('progress', (e) => {
        if (e.lengthComputable) {
          bar.max = e.total;
          bar.value = e.loaded;
        }
      });
      request.addEventListener('load', () => {
        const ok = request.status === 201;
        let message = '';
        if (!ok) {
          try { message = JSON.parse(request.responseText).detail || ''; } catch { message = ''; }
        }
        bar.value = bar.max;
        label.textContent = ok ? format(upload.dataset.uploaded, file.name) : format(upload.dataset.failed, file.name, message || request.status);
        item.classList.toggle('ml-progress__failed', !ok);
        resolve(ok);
      });
      request.addEventListener('error', () => {
        label.textContent = format(upload.dataset.failed, file.name, '—');
        item.classList.add('ml-progress__failed');
        resolve(false);
      });
      request.send(body);
    });

    const sendAll = async (files) => {
      list.replaceChildren();
      let uploaded = 0;
      // One at a time: the server checks a few uploads at once anyway, and each bar then moves on its own.
      for (const file of files) {
        if (await send(file)) uploaded += 1;
      }
      if (uploaded > 0 && uploaded === files.length) {
        window.location.assign(`${window.location.pathname}?uploaded=${uploaded}`);
      }
    };

    upload.addEventListener('submit', (e) => {
      if (!input.files.length) return;
      e.preventDefault();
      sendAll([...input.files]);
    });
    upload.addEventListener('dragover', (e) => {
      e.preventDefault();
      upload.classList.add('ml-drop--over');
    });
    upload.addEventListener('dragleave', () => upload.classList.remove('ml-drop--over'));
    upload.addEventListener('drop', (e) => {
      e.preventDefault();
      upload.classList.remove('ml-drop--over');
      const files = [...e.dataTransfer.files];
      if (files.length) sendAll(files);
    });
  }

  const focus = document.querySelector('[data-focal-image]');
  if (focus) {
    const image = focus.querySelector('img');
    const marker = focus.querySelector('.ml-focus__marker');
    const x = document.querySelector('input[data-focal=x]');
    const y = document.querySelector('input[data-focal=y]');
    const crops = [...document.querySelectorAll('img[data-crop]')];
    const clamp = (value) => Math.min(100, Math.max(0, Math.round(Number(value) || 0)));

    // Where object-position must put the image so the focal point sits in the middle of the frame, or as near as the
    // image's edges allow: the same region the server cuts (the largest of the ratio centred on the point).
    const position = (focal, imageSize, frameSize) => {
      if (imageSize <= frameSize) return 50;
      const offset = Math.min(Math.max(focal * imageSize - frameSize / 2, 0), imageSize - frameSize);
      return (offset / (imageSize - frameSize)) * 100;
    };

    const draw = (redrawCrops) => {
      const fx = clamp(x.value) / 100;
      const fy = clamp(y.value) / 100;
      marker.hidden = false;
      marker.style.left = `${fx * 100}%`;
      marker.style.top = `${fy * 100}%`;
      if (!redrawCrops) return;
      for (const crop of crops) {
        if (crop.getAttribute('src') !== crop.dataset.cropFull) crop.src = crop.dataset.cropFull;
        const frame = crop.parentElement.getBoundingClientRect();
        const ratio = frame.width / frame.height;
        const natural = image.naturalWidth / image.naturalHeight;
        // object-fit: cover scales the image to the frame along one axis; the other axis is what the crop cuts.
        const px = natural > ratio ? position(fx, natural, ratio) : 50;
        const py = natural > ratio ? 50 : position(fy, 1 / natural, 1 / ratio);
        crop.style.objectPosition = `${px}% ${py}%`;
      }
    };

    focus.classList.add('ml-focus--active');
    image.addEventListener('click', (e) => {
      const box = image.getBoundingClientRect();
      x.value = clamp(((e.clientX - box.left) / box.width) * 100);
      y.value = clamp(((e.clientY - box.top) / box.height) * 100);
      draw(true);
    });
    x.addEventListener('input', () => draw(true));
    y.addEventListener('input', () => draw(true));
    // Until the point moves, the crops shown are the server's own.
    draw(false);
  }
})();
