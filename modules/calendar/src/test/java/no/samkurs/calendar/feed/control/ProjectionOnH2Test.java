package no.samkurs.calendar.feed.control;

import no.samkurs.platform.schema.TestDatabase;

/** The calendar's projection on H2, the embedded default of the run command. */
class ProjectionOnH2Test extends ProjectionContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
