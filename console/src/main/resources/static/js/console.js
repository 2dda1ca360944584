// The console's own script: the CSRF token on htmx requests, the credit-code check beside its
// field, and the SHA-256 of evidence files computed here (Web Crypto): a file never leaves the
// officer's or the enterprise's machine.
(function () {
  "use strict";

  document.addEventListener("htmx:configRequest", function (event) {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (header && token && header.content) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // GB 32100-2015: 18 characters from this alphabet; the last is a check character (mod 31).
  var ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  var WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

  function creditCodeValid(code) {
    if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) {
      return false;
    }
    var sum = 0;
    for (var i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
    }
    var check = (31 - (sum % 31)) % 31;
    return code.charAt(17) === ALPHABET.charAt(check);
  }

  function checkCreditCode(input) {
    var message = document.getElementById(input.id + "-check");
    var value = input.value.trim().toUpperCase();
    var wrong = value !== "" && !creditCodeValid(value);
    if (message) {
      message.hidden = !wrong;
    }
    if (wrong) {
      input.setAttribute("aria-invalid", "true");
    } else if (!document.getElementById(input.id + "-error")) {
      input.removeAttribute("aria-invalid");
    }
  }

  function hex(buffer) {
    return Array.prototype.map
      .call(new Uint8Array(buffer), function (b) { return b.toString(16).padStart(2, "0"); })
      .join("");
  }

  function sha256(file) {
    return file.arrayBuffer()
      .then(function (bytes) { return crypto.subtle.digest("SHA-256", bytes); })
      .then(hex);
  }

  // One file's fingerprint into a field; several files' into a list (a textarea), one a line.
  function fingerprint(input) {
    var target = document.getElementById(input.getAttribute("data-sha256-target"));
    var files = input.files ? Array.prototype.slice.call(input.files) : [];
    if (!target || files.length === 0) {
      return;
    }
    Promise.all(files.map(sha256)).then(function (hashes) {
      if (target.tagName === "TEXTAREA") {
        var lines = target.value.split(/\r?\n/).filter(function (line) { return line.trim() !== ""; });
        hashes.forEach(function (hash) {
          if (lines.indexOf(hash) < 0) {
            lines.push(hash);
          }
        });
        target.value = lines.join("\n");
      } else {
        target.value = hashes[0];
      }
      target.dispatchEvent(new Event("change"));
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-credit-code]").forEach(function (input) {
      input.addEventListener("input", function () { checkCreditCode(input); });
      checkCreditCode(input);
    });
    document.querySelectorAll("[data-sha256-target]").forEach(function (input) {
      input.addEventListener("change", function () { fingerprint(input); });
    });
  });
})();
