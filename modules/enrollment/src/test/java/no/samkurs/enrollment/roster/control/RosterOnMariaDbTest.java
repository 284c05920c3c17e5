package no.samkurs.enrollment.roster.control;

import no.samkurs.platform.schema.TestDatabase;

/** The participant list and a municipality's enrollments on a real MariaDB/MySQL server. */
class RosterOnMariaDbTest extends RosterContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.MYSQL;
    }
}
