// An ESLint rule that holds the layering of docs/architecture.md by resolving every import to the folder it
// lands in: shared/ imports nothing of ours; electron/core imports shared/ only; renderer/ imports
// shared/ only; only electron/main.ts and electron/preload.ts import `electron`.
import { builtinModules } from 'node:module';
import { dirname, relative, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const electronGlue = new Set(['electron/main.ts', 'electron/preload.ts']);

/** The layer a repository path belongs to. */
function layerOf(path) {
  if (path.startsWith('shared/')) return 'shared';
  if (path.startsWith('electron/core/')) return 'core';
  if (path.startsWith('electron/cli/')) return 'cli';
  if (path.startsWith('electron/shell/')) return 'shell';
  if (path.startsWith('electron/')) return 'glue';
  if (path.startsWith('renderer/')) return 'renderer';
  return 'outside';
}

/** Which layers each layer may import from; layers not named here (tests, build) may import anything. */
const allowed = {
  shared: ['shared'],
  core: ['shared', 'core'],
  renderer: ['shared', 'renderer'],
  cli: ['shared', 'core', 'cli'],
  shell: ['shared', 'core', 'shell', 'glue'],
  glue: ['shared', 'core', 'glue'],
};

/** Layers that run in a browser sandbox or in both worlds: no Node built-ins. */
const noNode = new Set(['shared', 'renderer']);
const builtins = new Set(builtinModules);

export default {
  meta: { type: 'problem', schema: [], docs: { description: 'Holds the layering of docs/architecture.md.' } },
  create(context) {
    const file = relative(root, context.filename);
    const from = layerOf(file);

    function check(node, specifier) {
      if (typeof specifier !== 'string') return;
      if (specifier === 'electron' || specifier.startsWith('electron/')) {
        if (!electronGlue.has(file)) context.report({ node, message: `Only ${[...electronGlue].join(' and ')} may import electron; ${file} must stay plain Node.` });
        return;
      }
      if (specifier.startsWith('node:') || builtins.has(specifier.split('/')[0])) {
        if (noNode.has(from)) context.report({ node, message: `${from}/ also runs in the sandboxed renderer: it may not import the Node module "${specifier}".` });
        return;
      }
      if (!specifier.startsWith('.')) return;
      const target = layerOf(relative(root, resolve(dirname(context.filename), specifier)));
      const may = allowed[from];
      if (may !== undefined && !may.includes(target)) {
        context.report({ node, message: `${file} (${from}) may import only from ${may.join(', ')}; "${specifier}" is in ${target}.` });
      }
    }

    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
