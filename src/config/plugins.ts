import { pathToFileURL } from 'node:url';
import type { Rule } from '../engine/rule.js';
import { isAbsolute, relative } from 'node:path';
import { type ConfigFile, configError } from './config.js';

function isRule(x: unknown): x is Rule<never> {
  const r = x as Rule<never> | undefined;
  return typeof r?.check === 'function' && typeof r.meta?.id === 'string' && typeof r.meta.messages === 'object';
}

/**
 * A config's plugins run as code, so they are loaded only from a config the user named
 * (-c) or the project's own: one in the current directory or below it. A config found
 * further up (a home or /tmp directory, a checkout's parent) may set rules, not run code.
 */
export function checkPluginTrust(config: ConfigFile, named: boolean, cwd: string): void {
  if (!config.plugins.length || named) return;
  const fromCwd = relative(cwd, config.origin);
  if (fromCwd.startsWith('..') || isAbsolute(fromCwd)) {
    throw configError('pluginUntrusted', { origin: config.origin });
  }
}

export interface PluginRule {
  rule: Rule<never>;
  /** The module it came from: a crash of the rule is blamed on this file, not on xxgk-lint. */
  file: string;
}

/** Imports extra rule modules named in configs; each default-exports a rule or an array of rules. */
export async function loadPluginRules(paths: string[]): Promise<PluginRule[]> {
  const out: PluginRule[] = [];
  for (const path of paths) {
    let mod: { default?: unknown };
    try {
      mod = (await import(pathToFileURL(path).href)) as { default?: unknown };
    } catch (error) {
      // Node's own wording for a missing file names internals; a plugin's own error (a syntax error) is the author's to read.
      const missing = (error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND';
      throw missing ? configError('pluginMissing', { path }) : configError('pluginBroken', { path, detail: (error as Error).message });
    }
    const exported = Array.isArray(mod.default) ? mod.default : [mod.default];
    for (const rule of exported) {
      if (!isRule(rule)) {
        throw configError('pluginNotRule', { path });
      }
      out.push({ rule, file: path });
    }
  }
  return out;
}

/** Built-in rules plus plugin rules; a plugin may not replace a built-in rule. */
export function ruleRegistry(builtin: Rule<never>[], extra: PluginRule[]): Map<string, Rule<never>> {
  const rules = new Map<string, Rule<never>>(builtin.map((r) => [r.meta.id, r]));
  for (const { rule } of extra) {
    if (rules.has(rule.meta.id)) throw configError('pluginDuplicate', { id: rule.meta.id });
    rules.set(rule.meta.id, rule);
  }
  return rules;
}
