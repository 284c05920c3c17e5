package no.samkurs.calendar.personal.control;

import no.samkurs.platform.schema.TestDatabase;

/** Personal feed tokens and follows on H2, the embedded default of the run command. */
class PersonalFeedOnH2Test extends PersonalFeedContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
