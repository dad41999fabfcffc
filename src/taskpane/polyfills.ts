/**
 * Built-ins newer than ES2017 that the core uses, for WPS's older CEF engines (HOSTS.md: the engine of
 * WPS 2019 and of the 信创 builds is undocumented). TypeScript lowers syntax, not library calls; core-js
 * adds only what is missing. Imported first by the task pane entry.
 */

import 'core-js/actual/global-this'; // Chromium 71
import 'core-js/actual/string/match-all'; // Chromium 73
import 'core-js/actual/array/flat-map'; // Chromium 69
import 'core-js/actual/string/trim-start'; // Chromium 66
import 'core-js/actual/string/trim-end'; // Chromium 66
