package no.samkurs.enrollment.booking.control;

import no.samkurs.platform.schema.TestDatabase;

/** The desk on a real MariaDB/MySQL server. */
class DeskOnMariaDbTest extends DeskContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.MYSQL;
    }
}
