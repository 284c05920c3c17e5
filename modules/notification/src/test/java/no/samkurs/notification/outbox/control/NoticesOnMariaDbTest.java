package no.samkurs.notification.outbox.control;

import no.samkurs.platform.schema.TestDatabase;

/** The outbox for administrators on a real MariaDB/MySQL server. */
class NoticesOnMariaDbTest extends NoticesContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.MYSQL;
    }
}
