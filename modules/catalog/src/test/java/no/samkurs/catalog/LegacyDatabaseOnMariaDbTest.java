package no.samkurs.catalog;

import no.samkurs.platform.schema.TestDatabase;

/** Like a MariaDB/MySQL database made before per-component histories. */
class LegacyDatabaseOnMariaDbTest extends LegacyDatabaseContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MYSQL;
    }
}
