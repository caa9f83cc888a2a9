/** One WKT1 node: KEYWORD[arg, arg, NODE[...]]. */
export interface WktNode {
  keyword: string;
  args: (string | number | WktNode)[];
}

/** Parse WKT1 (as in .prj files) into a tree; null if it is not WKT. No eval, a plain scanner. */
export function parseWkt(text: string): WktNode | null {
  let pos = 0;
  const skipSpace = () => {
    while (pos < text.length && /\s/.test(text.charAt(pos))) pos++;
  };
  const parseNode = (depth: number): WktNode | null => {
    if (depth > 32) return null;
    skipSpace();
    const start = pos;
    while (pos < text.length && /[A-Za-z0-9_]/.test(text.charAt(pos))) pos++;
    const keyword = text.slice(start, pos).toUpperCase();
    skipSpace();
    const open = text.charAt(pos);
    if (!keyword || (open !== '[' && open !== '(')) return null;
    const close = open === '[' ? ']' : ')';
    pos++;
    const args: WktNode['args'] = [];
    for (;;) {
      skipSpace();
      const c = text.charAt(pos);
      if (c === '"') {
        const end = text.indexOf('"', pos + 1);
        if (end < 0) return null;
        args.push(text.slice(pos + 1, end));
        pos = end + 1;
      } else if (/[-+.\d]/.test(c)) {
        const m = /^[-+]?[\d.]+(?:[eE][-+]?\d+)?/.exec(text.slice(pos, pos + 40));
        if (!m) return null;
        args.push(Number(m[0]));
        pos += m[0].length;
      } else if (/[A-Za-z]/.test(c)) {
        const child = parseNode(depth + 1);
        if (!child) return null;
        args.push(child);
      } else {
        return null;
      }
      skipSpace();
      const sep = text.charAt(pos);
      pos++;
      if (sep === close) return { keyword, args };
      if (sep !== ',') return null;
    }
  };
  return parseNode(0);
}

/** The first direct child node with this keyword. */
export function child(node: WktNode, keyword: string): WktNode | undefined {
  for (const arg of node.args) if (typeof arg === 'object' && arg.keyword === keyword) return arg;
  return undefined;
}

/** Direct children with this keyword. */
export function children(node: WktNode, keyword: string): WktNode[] {
  return node.args.filter((arg): arg is WktNode => typeof arg === 'object' && arg.keyword === keyword);
}

/** The node's first argument when it is a string (its name). */
export function nameOf(node: WktNode | undefined): string {
  const first = node?.args[0];
  return typeof first === 'string' ? first : '';
}
