/** A report's sentence with its `{name}` places filled: "score fell from {from} to {to}". */
export const say = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (place, name: string) => String(values[name] ?? place));
