package no.samkurs.notification.outbox.control;

import no.samkurs.platform.schema.TestDatabase;

/** Claims on a real MariaDB/MySQL server. */
class ClaimsOnMariaDbTest extends ClaimsContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.MYSQL;
    }
}
