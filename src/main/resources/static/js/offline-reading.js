// Registers the offline reader (the service worker at /law/reading-sw.js) for the law and the
// guides' pages only: two registrations, one per scope, so that the worker never sees the
// mailbox or the admin pages. Without JavaScript, or without service workers, nothing changes.
(function () {
	'use strict';
	var script = document.currentScript;
	if (!('serviceWorker' in navigator) || !script) {
		return;
	}
	// the app's root, taken from this script's own address (…/assets/js/offline-reading.js)
	var base = new URL('../..', script.src).pathname;
	['law', 'guides'].forEach(function (scope) {
		navigator.serviceWorker.register(base + 'law/reading-sw.js', { scope: base + scope })
			.catch(function () {
				// no offline copies then; the pages work as before
			});
	});
})();
