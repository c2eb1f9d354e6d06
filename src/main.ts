/**
 * The page's entry point. A review link (`/review#<token>`) opens the review page, with
 * nothing else of the app; every other address opens `<er-app>`.
 */
if (location.pathname === '/review') {
  document.querySelector('er-app')?.replaceWith(document.createElement('er-review'));
  await import('./review/review.js');
} else {
  await import('./app/app.js');
}

export {};
