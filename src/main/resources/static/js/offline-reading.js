// Registers the service worker that keeps the library's pages readable offline.
// The worker itself is filled in by the library's offline-reading work.
