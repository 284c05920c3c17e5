package no.samkurs.enrollment.roster.control;

import no.samkurs.platform.schema.TestDatabase;

/** Bulk enrollment through the desk on a real MariaDB/MySQL server. */
class BulkEnrollmentsOnMariaDbTest extends BulkEnrollmentsContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.MYSQL;
    }
}
