package no.samkurs.enrollment.booking.control;

import no.samkurs.platform.schema.TestDatabase;

/** The desk on the embedded default database. */
class DeskOnH2Test extends DeskContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
