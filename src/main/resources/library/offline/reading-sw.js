// The offline reader: keeps the law and guide pages a reader has opened, so that they open
// again without network. Served at /law/reading-sw.js and registered twice, with the scopes
// /law and /guides (offline-reading.js), so it never sees the mailbox, the admin pages or
// anything else. Pages go to the network first (an update shows as soon as there is network)
// and fall back to the copy kept; a page never read falls back to a small offline page in the
// reader's language. Nothing about the reader is sent anywhere: the caches stay on the phone.
'use strict';

const VERSION = 'v1';
const PAGES = 'reading-pages-' + VERSION; // the pages read, at most MAX_PAGES, oldest dropped
const FILES = 'reading-files-' + VERSION; // stylesheet, icon, the offline pages
const MEDIA = 'reading-media-' + VERSION; // guides' pictures and voice, at most MAX_MEDIA
const MAX_PAGES = 100;
const MAX_MEDIA = 300;
const BASE = new URL('..', self.location).pathname; // the app's root, "/" unless deployed under a path
const SHELL = [BASE + 'assets/css/causo.css', BASE + 'assets/icon.svg'];
const OFFLINE = BASE + 'law/offline';
// the language of the last page read: the offline page shown for an address without ?lang=
const LAST_LANGUAGE = OFFLINE + '?last-language';
// the only query parameters of a reading page; any other (e.g. ?saved after an import) is
// not a page to keep
const PAGE_PARAMS = new Set(['lang', 'q', 'type', 'issuer', 'year', 'status']);
const LAW_PAGE = new RegExp('^' + BASE + 'law(/[0-9]+)?$');
const GUIDE_PAGE = new RegExp('^' + BASE + 'guides(/.*)?$');
const GUIDE_MEDIA = BASE + 'guides/media/';

self.addEventListener('install', (event) => {
	event.waitUntil(caches.open(FILES).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
	const current = [PAGES, FILES, MEDIA];
	event.waitUntil(caches.keys()
		.then((names) => Promise.all(names.filter((n) => n.startsWith('reading-') && !current.includes(n))
			.map((n) => caches.delete(n))))
		.then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== self.location.origin) {
		return;
	}
	if (request.mode === 'navigate' && isReadingPage(url)) {
		event.respondWith(networkFirst(event, url));
	}
	else if (SHELL.includes(url.pathname) && url.search === '') {
		event.respondWith(keptThenRefreshed(event, request));
	}
	else if (url.pathname.startsWith(GUIDE_MEDIA) && url.search === '') {
		event.respondWith(keptOrFetched(event, request));
	}
});

function isReadingPage(url) {
	const path = url.pathname;
	const page = LAW_PAGE.test(path) || (GUIDE_PAGE.test(path) && !path.startsWith(GUIDE_MEDIA));
	return page && [...url.searchParams.keys()].every((k) => PAGE_PARAMS.has(k));
}

async function networkFirst(event, url) {
	try {
		const response = await fetch(event.request);
		if (response.ok && response.type === 'basic' && !response.redirected) {
			event.waitUntil(keep(url, response.clone()));
		}
		return response;
	}
	catch (offline) {
		const kept = await caches.match(url.href, { cacheName: PAGES, ignoreVary: true });
		return kept || offlinePage(url);
	}
}

/** Keeps a page read as the newest, drops the oldest beyond the bound, and makes sure the
 * offline page is there in the page's language. */
async function keep(url, response) {
	const language = (response.headers.get('Content-Language') || 'vi').split('-')[0];
	const pages = await caches.open(PAGES);
	await pages.delete(url.href, { ignoreVary: true });
	await pages.put(url.href, response);
	await trim(pages, MAX_PAGES);
	const files = await caches.open(FILES);
	await files.put(LAST_LANGUAGE, new Response(language));
	if (!(await files.match(OFFLINE + '?lang=' + language, { ignoreVary: true }))) {
		// asked in the page's language, without ?lang= (which would set the language cookie):
		// a worker's own requests may carry another browser language than the page's
		const offline = await fetch(OFFLINE, { headers: { 'Accept-Language': language } });
		if (offline.ok) {
			const its = (offline.headers.get('Content-Language') || language).split('-')[0];
			await files.put(OFFLINE + '?lang=' + its, offline);
		}
	}
}

async function offlinePage(url) {
	const files = await caches.open(FILES);
	const last = await files.match(LAST_LANGUAGE);
	const language = url.searchParams.get('lang') || (last ? await last.text() : 'vi');
	const page = (await files.match(OFFLINE + '?lang=' + language, { ignoreVary: true }))
		|| (await files.match(OFFLINE + '?lang=vi', { ignoreVary: true }));
	return page || Response.error();
}

/** The stylesheet and the icon: the copy kept at once, refreshed behind it for next time. */
async function keptThenRefreshed(event, request) {
	const files = await caches.open(FILES);
	const kept = await files.match(request, { ignoreVary: true });
	const fresh = fetch(request).then((response) => {
		if (response.ok) {
			return files.put(request, response.clone()).then(() => response);
		}
		return response;
	});
	if (kept) {
		event.waitUntil(fresh.catch(() => undefined));
		return kept;
	}
	return fresh;
}

/** A guide's picture or voice: the copy kept, else the network (and kept from then on). */
async function keptOrFetched(event, request) {
	const media = await caches.open(MEDIA);
	const kept = await media.match(request, { ignoreVary: true });
	if (kept) {
		return kept;
	}
	const response = await fetch(request);
	if (response.ok && response.status === 200) {
		event.waitUntil(media.put(request, response.clone()).then(() => trim(media, MAX_MEDIA)));
	}
	return response;
}

/** Drops the oldest entries beyond the bound: a cache lists its keys in the order put. */
async function trim(cache, max) {
	const keys = await cache.keys();
	for (const old of keys.slice(0, Math.max(0, keys.length - max))) {
		await cache.delete(old);
	}
}
