// A build-only Vite plugin: EUI's ES build declares `EuiX.propTypes = { … }` for every component, which
// only React's development build reads. In production they are dead code that the minifier cannot drop
// (an assignment to a property), ~1/8 of EUI on the first screen. Removed here, before bundling.
import { parseSync, type Plugin } from 'vite';

interface Node {
  type: string;
  start: number;
  end: number;
}

interface StatementNode extends Node {
  expression?: Node & { operator?: string; left?: Node & { computed?: boolean; property?: Node & { name?: string } } };
}

function isPropTypesAssignment(statement: StatementNode): boolean {
  const assignment = statement.expression;
  if (statement.type !== 'ExpressionStatement' || assignment?.type !== 'AssignmentExpression' || assignment.operator !== '=') return false;
  const target = assignment.left;
  return target?.type === 'MemberExpression' && !target.computed && target.property?.name === 'propTypes';
}

/**
 * The module's code with its top-level `X.propTypes = …;` statements blanked out. Blanked, not cut: every
 * other character keeps its position (line breaks stay), so no source map needs rewriting.
 */
export function dropPropTypes(code: string, filename: string): string {
  const { program } = parseSync(filename, code);
  let result = code;
  for (const statement of program.body as StatementNode[]) {
    if (!isPropTypesAssignment(statement)) continue;
    const blank = code.slice(statement.start, statement.end).replace(/[^\n]/g, ' ');
    result = result.slice(0, statement.start) + blank + result.slice(statement.end);
  }
  return result;
}

export function dropPropTypesPlugin(): Plugin {
  return {
    name: 'drop-eui-prop-types',
    apply: 'build',
    transform: {
      filter: { id: /[\\/]node_modules[\\/]@elastic[\\/]eui[\\/]es[\\/]/, code: '.propTypes' },
      handler(code, id) {
        const dropped = dropPropTypes(code, id);
        return dropped === code ? null : { code: dropped, map: null };
      },
    },
  };
}
