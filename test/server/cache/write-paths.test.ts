// Every write path advances the data version (server/database/data-version.ts), or cached analyses would outlive its
// writes. The behaviour of each path is tested against Neo4j (cached-analyses-writes.test.ts); this test finds the
// paths themselves: a source file that opens a write transaction or holds a writing Cypher clause must call
// advanceDataVersion (or wrap its work in advancing()), or be named below with the reason it need not. A new write path fails here until it does.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../server/config.js';

const writes = [
  /executeWrite\(/,
  /beginTransaction\(/,
  /session\.WRITE/,
  /\b(CREATE|MERGE|DELETE|REMOVE) \(/,
  /\bSET [a-z]\w*\s*(\.|\+?=)/,
  /DETACH DELETE/,
];

/** Files that write without advancing the version themselves, and why. */
const exempt: Record<string, string> = {
  'server/database/limit-transactions.ts': 'wraps sessions of others, writes nothing itself',
  'server/http/gate-sessions.ts': 'wraps sessions of others, writes nothing itself',
  'server/auth/api-keys.ts': 'API keys: read by no analysis',
  'server/auth/accounts.ts': "people's accounts: read by no analysis",
  'server/auth/password-links.ts': 'one-time password links: read by no analysis',
  'server/auth/oidc-accounts.ts': "people's accounts from the county's identity provider: read by no analysis",
  'server/auth/oidc-attempts.ts': 'the login attempts of OpenID Connect (state, nonce): read by no analysis',
  'server/demo-data/load-demo-surveys.ts': "runs inside the demo load's transaction, which advances the version",
  // A session is touched on every request (the idle timeout): advancing the version there would empty the cache.
  'server/auth/sessions.ts': 'logins and sessions: read by no analysis',
  'server/analysis/network/network-layout-service.ts':
    'the arrangement of the network view: read by no analysis and by staff only (no anonymous answer keeps it)',
  'server/changes/record-changes.ts': 'the change history, inside the transaction of a write path; read by no analysis',
  'server/monitoring/write-snapshots.ts': 'inside the transactions of the snapshot job and the seed, which advance it',
  'server/partner/hold-corrected-fields.ts': 'inside the generated mutations (guard-mutations.ts), which advance it',
  'server/demo-data/load-demo-outcomes.ts': 'inside the seed (load-demo-data.ts), which advances it',
  'server/import-export/import-nodes.ts': 'inside the import (import-file.ts), which advances it',
  'server/import-export/import-cooperations.ts': 'inside the import (import-file.ts), which advances it',
  'server/history/undo-change.ts': 'inside runWrite (server/history/history-deps.ts), which advances it',
  'server/history/restore-deleted.ts': 'inside runWrite (server/history/history-deps.ts), which advances it',
  'server/history/write-fields.ts': 'inside the undo and the restore, which advance it (history-deps.ts)',
  'scripts/load-germany.ts':
    'wipes the database: the version node goes too, and the load that follows draws a new epoch',
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(projectRoot, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(relative);
    return entry.name.endsWith('.ts') ? [relative] : [];
  });
}

describe('the write paths', () => {
  const files = [...sourceFiles('server'), ...sourceFiles('scripts')];
  const writing = files.filter((file) => {
    const text = fs.readFileSync(path.join(projectRoot, file), 'utf8');
    return writes.some((pattern) => pattern.test(text));
  });

  it('are found: the known ones are among them', () => {
    for (const known of [
      'server/schema/guard-mutations.ts',
      'server/partner/upsert-offers.ts',
      'server/import-export/import-file.ts',
      'server/demo-data/load-demo-data.ts',
      'server/monitoring/take-snapshots.ts',
    ])
      expect(writing).toContain(known);
  });

  it('each advance the data version, or are named with the reason they need not', () => {
    const missing = writing.filter(
      (file) =>
        !(file in exempt) &&
        !/\b(advanceDataVersion|advancing)\(/.test(fs.readFileSync(path.join(projectRoot, file), 'utf8')),
    );
    expect(missing, 'these files write without advancing the data version (server/database/data-version.ts)').toEqual(
      [],
    );
  });

  it('names no exemption that writes nothing any more', () => {
    expect(Object.keys(exempt).filter((file) => !writing.includes(file))).toEqual([]);
  });
});
