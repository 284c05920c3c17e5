package no.samkurs.directory;

import no.samkurs.platform.schema.TestDatabase;

/** The reference data on a real MariaDB/MySQL server (the production database family). */
class ReferenceDataOnMariaDbTest extends ReferenceDataContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MYSQL;
    }
}
