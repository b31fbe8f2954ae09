/**
 * Text from a report (step names, device names, notes) reaches markdown that GitHub renders: escape it
 * so it cannot close a table cell, open a link, mention someone or inject HTML.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, " ")
    .replace(/[\\`*_{}[\]()#+!|<>~&]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/@/g, "@\u200b");
}
