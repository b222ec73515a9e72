// Records a step's voice in the editor: Record, speak, Stop. The recording (Opus in WebM or
// Ogg, or AAC in MP4, whichever the browser makes) goes into the form's file field and the
// form is sent as if the file had been chosen; the server checks it like any upload.
// Without MediaRecorder or a microphone the button stays hidden and the file field remains.
(function () {
  if (!window.MediaRecorder || !navigator.mediaDevices || !window.DataTransfer) {
    return;
  }
  var kinds = [['audio/webm;codecs=opus', 'weba'], ['audio/ogg;codecs=opus', 'opus'], ['audio/mp4', 'm4a']];
  var kind = kinds.find(function (k) { return MediaRecorder.isTypeSupported(k[0]); });
  if (!kind) {
    return;
  }
  document.querySelectorAll('form[data-recorder]').forEach(function (form) {
    var button = form.querySelector('[data-record]');
    var input = form.querySelector('input[type=file]');
    var label = button.textContent;
    var recorder = null;
    button.hidden = false;
    button.setAttribute('aria-pressed', 'false');
    button.addEventListener('click', function () {
      if (recorder) {
        recorder.stop();
        return;
      }
      navigator.mediaDevices.getUserMedia({ audio: true }).then(function (stream) {
        var chunks = [];
        // speech needs little: 32 kbit/s Opus keeps a step's voice near 100 KB
        recorder = new MediaRecorder(stream, { mimeType: kind[0], audioBitsPerSecond: 32000 });
        recorder.ondataavailable = function (e) { chunks.push(e.data); };
        recorder.onstop = function () {
          stream.getTracks().forEach(function (t) { t.stop(); });
          var files = new DataTransfer();
          files.items.add(new File(chunks, 'voice.' + kind[1], { type: kind[0].split(';')[0] }));
          input.files = files.files;
          recorder = null;
          button.textContent = label;
          button.setAttribute('aria-pressed', 'false');
          form.requestSubmit();
        };
        recorder.start();
        button.textContent = button.dataset.stop;
        button.setAttribute('aria-pressed', 'true');
      }).catch(function () {
        button.hidden = true;
      });
    });
  });
})();
