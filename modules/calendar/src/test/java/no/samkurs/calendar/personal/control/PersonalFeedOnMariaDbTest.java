package no.samkurs.calendar.personal.control;

import no.samkurs.platform.schema.TestDatabase;

/** Personal feed tokens and follows on a real MariaDB/MySQL server. */
class PersonalFeedOnMariaDbTest extends PersonalFeedContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MYSQL;
    }
}
