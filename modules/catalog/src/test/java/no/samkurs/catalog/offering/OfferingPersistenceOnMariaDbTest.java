package no.samkurs.catalog.offering;

import no.samkurs.platform.schema.TestDatabase;

/** The offering aggregate on a real MariaDB/MySQL server. */
class OfferingPersistenceOnMariaDbTest extends OfferingPersistenceContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MYSQL;
    }
}
