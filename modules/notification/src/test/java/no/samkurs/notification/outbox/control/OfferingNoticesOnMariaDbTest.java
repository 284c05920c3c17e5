package no.samkurs.notification.outbox.control;

import no.samkurs.platform.schema.TestDatabase;

/** The messages of an offering's change on a real MariaDB/MySQL server. */
class OfferingNoticesOnMariaDbTest extends OfferingNoticesContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.MYSQL;
    }
}
