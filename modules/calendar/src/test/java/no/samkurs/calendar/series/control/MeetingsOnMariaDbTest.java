package no.samkurs.calendar.series.control;

import no.samkurs.platform.schema.TestDatabase;

/** The series use cases on a real MariaDB/MySQL server. */
class MeetingsOnMariaDbTest extends MeetingsContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MYSQL;
    }
}
