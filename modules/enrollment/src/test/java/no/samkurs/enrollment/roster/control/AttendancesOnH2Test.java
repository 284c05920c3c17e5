package no.samkurs.enrollment.roster.control;

import no.samkurs.platform.schema.TestDatabase;

/** Recording attendance on the embedded default database. */
class AttendancesOnH2Test extends AttendancesContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
