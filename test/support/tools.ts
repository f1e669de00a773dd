/**
 * Suites that need a tool outside npm (Chromium, LibreOffice, xmllint, the
 * shared XSD folder). With CI=true a missing tool FAILS the suite and names
 * the tool, so a check can never pass silently on the machine that matters;
 * elsewhere the suite is skipped, and the skipped test's title says why.
 */
import { spawnSync } from 'child_process';
import { existsSync } from 'fs';
import * as path from 'path';
import { findSoffice } from './libreoffice';

const repoRoot = path.resolve(__dirname, '../..');

export const inCi = (): boolean => /^(1|true|yes)$/i.test(process.env.CI ?? '');

/** Why a tool is missing, or null when it is here. */
export type Missing = string | null;

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function missingChromium(): Missing {
  return existsSync(CHROMIUM) ? null : `Chromium is not at ${CHROMIUM} (Debian package chromium, or set CHROMIUM_PATH)`;
}

export function missingSoffice(): Missing {
  return findSoffice().path ? null : findSoffice().reason;
}

/** The shared folder beside the repository (SHARED_DIR overrides it, e.g. in a git worktree). */
export const SHARED_DIR = path.resolve(repoRoot, process.env.SHARED_DIR ?? '../shared');
export const XSD_VALIDATOR = path.join(SHARED_DIR, 'xsd/validate-manifest.sh');

export function missingXsdValidator(): Missing {
  if (!existsSync(XSD_VALIDATOR))
    return `${XSD_VALIDATOR} is missing (the shared XSD folder is not next to the repository; set SHARED_DIR to where it is)`;
  if (spawnSync('xmllint', ['--version']).error) return 'xmllint is not installed (Debian package libxml2-utils)';
  return null;
}

/**
 * `describe` when the tool is here. When it is missing: under CI a failing
 * test that names it; otherwise one skipped test whose title gives the reason.
 */
export function describeWithTool(title: string, missing: Missing, body: () => void): void {
  if (missing === null) return describe(title, body);
  if (inCi()) {
    describe(title, () => {
      test(`needs a missing tool: ${missing}`, () => {
        throw new Error(`${title}: ${missing}. CI=true, so a missing tool fails the run instead of skipping it.`);
      });
    });
    return;
  }
  describe(title, () => {
    test.skip(`skipped, ${missing} (with CI=true this fails)`, () => undefined);
  });
}
