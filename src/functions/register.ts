/**
 * Entry of functions.js. In Excel's shared runtime office.js defines
 * `CustomFunctions` before this runs, and loading ./functions registers every
 * CS.* function (the metadata plugin appends the associate() calls to it).
 * Elsewhere — the pane opened in a plain browser, an end-to-end test with
 * fake Office globals — there is nothing to register with, so skip quietly
 * instead of throwing a ReferenceError into the page.
 */
if (typeof CustomFunctions !== 'undefined' && typeof CustomFunctions.associate === 'function') {
  // A plain require, not import(): the functions must load in this bundle, before Excel calls them.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('./functions');
} else {
  console.info('CS functions: no custom-functions runtime on this page; =CS.* functions not registered');
}
