package no.samkurs.notification.outbox.control;

import no.samkurs.platform.schema.TestDatabase;

/** The sender with GreenMail on a real MariaDB/MySQL server. */
class SenderOnMariaDbTest extends SenderContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.MYSQL;
    }
}
