package no.samkurs.enrollment.roster.control;

import no.samkurs.platform.schema.TestDatabase;

/** Bulk enrollment through the desk on the embedded default database. */
class BulkEnrollmentsOnH2Test extends BulkEnrollmentsContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
