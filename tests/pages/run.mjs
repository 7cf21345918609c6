// Runs the page tests: node tests/pages/run.mjs [substring of test names]. Started by
// scripts/test-pages.sh, which serves the pages and sets HTTP_ORIGIN and CSP_ORIGIN.
import { run } from './harness.mjs';
import './demo.test.mjs';
import './element.test.mjs';
import './evidence.test.mjs';
import './api.test.mjs';
import './security.test.mjs';
import './accessibility.test.mjs';
import './real-pages.test.mjs';
import './perf.test.mjs';
import './cards.test.mjs';
import './spanish.test.mjs';

const passed = await run(process.argv[2]);
process.exit(passed ? 0 : 1);
