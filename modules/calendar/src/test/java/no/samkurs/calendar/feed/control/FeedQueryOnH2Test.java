package no.samkurs.calendar.feed.control;

import no.samkurs.platform.schema.TestDatabase;

/** Reading the calendar's feeds and views on H2, the embedded default of the run command. */
class FeedQueryOnH2Test extends FeedQueryContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
