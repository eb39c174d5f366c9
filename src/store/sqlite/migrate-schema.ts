import type { Database } from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations.js';

export const userVersion = (db: Database): number => db.pragma('user_version', { simple: true }) as number;

/**
 * Applies the migrations newer than the store's version, all in one immediate transaction (a second
 * process opening the same new file waits, then finds nothing left to do). Returns the new version.
 */
export const migrateSchema = (db: Database, migrations: readonly Migration[] = MIGRATIONS): number =>
  db
    .transaction(() => {
      const from = userVersion(db);
      for (const m of migrations) {
        if (m.version <= from) continue;
        db.exec(m.sql);
        db.pragma(`user_version = ${m.version}`);
      }
      return userVersion(db);
    })
    .immediate();
