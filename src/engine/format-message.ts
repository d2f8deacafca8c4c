import type { Locale, Localized } from '../types.js';

/** Fills `{{name}}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function fillTemplate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (whole, name: string) =>
    name in data ? String(data[name]) : whole,
  );
}

export function localize(text: Localized, locale: Locale): string {
  return text[locale] ?? text.zh;
}
