'use strict';
// The project's own lint rules, for what no installed plugin checks (see CONTRIBUTING.md). CommonJS, so the
// unit spec can load them as they are.
module.exports = {
  meta: { name: 'news' },
  rules: { 'explicit-inject': require('./explicit-inject.cjs'), 'import-order': require('./import-order.cjs') },
};
