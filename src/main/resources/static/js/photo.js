/*
 * Cầu Số: scales large photos down on the phone before they are uploaded, so a tip with photos
 * goes through on weak 3G. Only an enhancement: without JavaScript the form sends the photos as
 * they are and the server cleans them the same way.
 */
(function () {
  'use strict';
  var MAX = 1600;

  function scale(file) {
    return new Promise(function (resolve) {
      if (!/^image\/(jpeg|png)$/.test(file.type)) {
        resolve(file);
        return;
      }
      var url = URL.createObjectURL(file);
      var img = new Image();
      img.onload = function () {
        URL.revokeObjectURL(url);
        var ratio = Math.min(1, MAX / Math.max(img.naturalWidth, img.naturalHeight));
        if (ratio === 1) {
          resolve(file);
          return;
        }
        var canvas = document.createElement('canvas');
        canvas.width = Math.round(img.naturalWidth * ratio);
        canvas.height = Math.round(img.naturalHeight * ratio);
        canvas.getContext('2d').drawImage(img, 0, 0, canvas.width, canvas.height);
        canvas.toBlob(function (blob) {
          resolve(blob ? new File([blob], file.name.replace(/\.\w+$/, '') + '.jpg', { type: 'image/jpeg' }) : file);
        }, 'image/jpeg', 0.85);
      };
      img.onerror = function () {
        URL.revokeObjectURL(url);
        resolve(file);
      };
      img.src = url;
    });
  }

  var inputs = document.querySelectorAll('input[type=file][data-scale]');
  Array.prototype.forEach.call(inputs, function (input) {
    input.addEventListener('change', function () {
      var files = Array.prototype.slice.call(input.files);
      if (!files.length || !window.DataTransfer || !HTMLCanvasElement.prototype.toBlob) {
        return;
      }
      input.removeAttribute('data-scaled');
      Promise.all(files.map(scale)).then(function (scaled) {
        var transfer = new DataTransfer();
        scaled.forEach(function (f) { transfer.items.add(f); });
        input.files = transfer.files;
        input.setAttribute('data-scaled', 'true');
      });
    });
  });
})();
