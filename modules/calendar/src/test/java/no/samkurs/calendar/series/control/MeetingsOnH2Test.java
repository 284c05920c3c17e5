package no.samkurs.calendar.series.control;

import no.samkurs.platform.schema.TestDatabase;

/** The series use cases on H2, the embedded default of the run command. */
class MeetingsOnH2Test extends MeetingsContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
