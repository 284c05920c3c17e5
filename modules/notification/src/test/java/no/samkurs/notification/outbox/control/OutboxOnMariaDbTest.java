package no.samkurs.notification.outbox.control;

import no.samkurs.platform.schema.TestDatabase;

/** Recording on a real MariaDB/MySQL server. */
class OutboxOnMariaDbTest extends OutboxContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.MYSQL;
    }
}
