import type { DefaultTreeAdapterTypes as T } from 'parse5';

/* Small helpers over parse5's default tree; nested tables are never entered, a cell is a cell of its own table. */

const isElement = (node: T.Node, tag: string): node is T.Element => 'tagName' in node && node.tagName === tag;
const childrenOf = (node: T.Node): T.ChildNode[] => ('childNodes' in node ? node.childNodes : []);

export function textOf(node: T.Node): string {
  if (node.nodeName === '#text') return (node as T.TextNode).value;
  return childrenOf(node).map(textOf).join('');
}

/** Each table in document order, with the text that appears between it and the previous table. */
export function tablesWithLeadingText(root: T.Node): { table: T.Element; leadingText: string }[] {
  const found: { table: T.Element; leadingText: string }[] = [];
  let text = '';
  const visit = (node: T.Node): void => {
    if (isElement(node, 'table')) {
      found.push({ table: node, leadingText: text });
      text = '';
    } else if (node.nodeName === '#text') {
      text += (node as T.TextNode).value;
    } else {
      childrenOf(node).forEach(visit);
    }
  };
  visit(root);
  return found;
}

/** The table's rows (thead, tbody and tfoot alike) in document order. */
export function rowsOf(table: T.Element): T.Element[] {
  const rows: T.Element[] = [];
  const visit = (node: T.Node): void => {
    for (const child of childrenOf(node)) {
      if (isElement(child, 'tr')) rows.push(child);
      else if (!isElement(child, 'table')) visit(child);
    }
  };
  visit(table);
  return rows;
}

export const cellsOf = (row: T.Element): T.Element[] =>
  childrenOf(row).filter((c): c is T.Element => isElement(c, 'td') || isElement(c, 'th'));
