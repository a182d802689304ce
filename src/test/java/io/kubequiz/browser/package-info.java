/** Real-browser tests: what learners and trainers do, in the system Chromium driven by Playwright. */
package io.kubequiz.browser;
