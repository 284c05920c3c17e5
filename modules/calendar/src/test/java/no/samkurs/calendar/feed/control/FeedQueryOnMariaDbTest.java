package no.samkurs.calendar.feed.control;

import no.samkurs.platform.schema.TestDatabase;

/** Reading the calendar's feeds and views on a real MariaDB/MySQL server. */
class FeedQueryOnMariaDbTest extends FeedQueryContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MYSQL;
    }
}
