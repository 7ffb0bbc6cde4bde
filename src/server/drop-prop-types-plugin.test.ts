import fs from 'node:fs';
import { createRequire } from 'node:module';
import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';
import { dropPropTypes } from './drop-prop-types-plugin';

const MODULE = [
  "import PropTypes from 'prop-types';",
  'export var EuiThing = function EuiThing(props) {',
  '  return props.children;',
  '};',
  'EuiThing.propTypes = {',
  '  children: PropTypes.node.isRequired',
  '};',
  "EuiThing.displayName = 'EuiThing';",
  'export function wrap(Component) {',
  '  Component.propTypes = { x: PropTypes.any };',
  '  return Component;',
  '}',
].join('\n');

describe('dropping propTypes from EUI modules', () => {
  it('blanks the top-level propTypes assignments and keeps everything else where it was', () => {
    const dropped = dropPropTypes(MODULE, 'thing.js');

    expect(dropped).not.toContain('EuiThing.propTypes');
    expect(dropped).not.toContain('isRequired');
    expect(dropped).toHaveLength(MODULE.length);
    expect(dropped.split('\n')).toHaveLength(MODULE.split('\n').length);
    expect(dropped.indexOf("EuiThing.displayName = 'EuiThing';")).toBe(MODULE.indexOf("EuiThing.displayName = 'EuiThing';"));
    // Inside a function it is behaviour of that function: left alone.
    expect(dropped).toContain('Component.propTypes = { x: PropTypes.any };');
  });

  it('leaves a module without propTypes as it is', () => {
    const code = 'export const a = { propTypes: 1 };\na.other = 2;\n';
    expect(dropPropTypes(code, 'a.js')).toBe(code);
  });

  it("turns a real EUI component module into valid code that still exports the component", () => {
    const file = createRequire(import.meta.url).resolve('@elastic/eui/es/components/badge/badge.js');
    const code = fs.readFileSync(file, 'utf8');
    expect(code).toContain('EuiBadge.propTypes = {');

    const dropped = dropPropTypes(code, file);
    const { program, errors } = parseSync(file, dropped);

    expect(errors).toEqual([]);
    expect(dropped).not.toContain('.propTypes');
    expect(program.body.some((node) => node.type === 'ExportNamedDeclaration' && dropped.slice(node.start, node.end).includes('EuiBadge'))).toBe(true);
  });
});
