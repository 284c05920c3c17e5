package no.samkurs.enrollment.roster.control;

import no.samkurs.platform.schema.TestDatabase;

/** The participant list and a municipality's enrollments on the embedded default database. */
class RosterOnH2Test extends RosterContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
