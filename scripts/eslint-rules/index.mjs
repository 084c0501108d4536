// The project's own lint rules, for what no installed plugin checks (see CONTRIBUTING.md).
import explicitInject from './explicit-inject.mjs';
import importOrder from './import-order.mjs';

export default { meta: { name: 'news' }, rules: { 'explicit-inject': explicitInject, 'import-order': importOrder } };
