import { describe, expect, it } from 'vitest';

/*
 * The import graph of the app's own modules (tests left out), read from the source text: enough
 * for the `import … from './x'` statements this code base uses, without a dependency-graph tool.
 */
const SOURCES: Record<string, string> = Object.fromEntries(
  Object.entries(import.meta.glob<string>(['./**/*.ts', './**/*.tsx', '!./**/*.test.*', '!./test/**'], {
    query: '?raw',
    import: 'default',
    eager: true,
  })).map(([path, text]) => [path.replace(/^\.\//, ''), text]),
);

const IMPORT = /^\s*(?:import|export)\s(?:[^'";]*?\sfrom\s)?\s*['"](\.{1,2}\/[^'"]+)['"]/gm;

function resolve(from: string, specifier: string): string | undefined {
  const parts = from.split('/').slice(0, -1);
  for (const segment of specifier.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  const base = parts.join('/');
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find((path) => path in SOURCES);
}

/** Module → the modules it imports (type-only imports included: they tie the files together too). */
const GRAPH: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(SOURCES).map(([path, text]) => [
    path,
    [...text.matchAll(IMPORT)]
      .map((match) => resolve(path, match[1] ?? ''))
      .filter((target): target is string => target !== undefined && target !== path && !target.endsWith('.css')),
  ]),
);

/** Every import cycle, each as the path that closes it. */
function cycles(): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const visit = (node: string, stack: string[]) => {
    const at = stack.indexOf(node);
    if (at >= 0) {
      found.push([...stack.slice(at), node]);
      return;
    }
    if (done.has(node)) return;
    for (const next of GRAPH.get(node) ?? []) visit(next, [...stack, node]);
    done.add(node);
  };
  for (const node of GRAPH.keys()) visit(node, []);
  return found;
}

describe('module boundaries', () => {
  it('reads the import graph', () => {
    expect(GRAPH.get('components/providerUi.tsx')).toContain('components/DropboxSections.tsx');
    expect(GRAPH.get('components/DropboxSections.tsx')).toContain('components/providerParts.ts');
  });

  it('has no import cycles', () => {
    expect(cycles().map((cycle) => cycle.join(' -> '))).toEqual([]);
  });

  it('lets the provider registry depend on its parts, and only the card depend on the registry', () => {
    const importers = [...GRAPH].filter(([, targets]) => targets.includes('components/providerUi.tsx'));
    expect(importers.map(([path]) => path)).toEqual(['components/ConnectionCard.tsx']);
  });
});
