package no.samkurs.enrollment.roster.control;

import no.samkurs.platform.schema.TestDatabase;

/** Recording attendance on a real MariaDB/MySQL server. */
class AttendancesOnMariaDbTest extends AttendancesContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.MYSQL;
    }
}
