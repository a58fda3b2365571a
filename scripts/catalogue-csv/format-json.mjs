// The layout of the bundled data files: one top-level key per line and one record per line,
// so a changed record is a one-line diff.

// A value on one line, with a space after every : and , (as the bundled files are written).
export function inlineJson(value) {
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inlineJson(v)}`).join(', ')}}`;
  }
  return JSON.stringify(value);
}

export function formatDocument(document) {
  const members = Object.entries(document).map(([key, value]) => {
    const name = JSON.stringify(key);
    if (!Array.isArray(value) || value.length === 0) return `  ${name}: ${inlineJson(value)}`;
    return `  ${name}: [\n${value.map((record) => `    ${inlineJson(record)}`).join(',\n')}\n  ]`;
  });
  return `{\n${members.join(',\n')}\n}\n`;
}
