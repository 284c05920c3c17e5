package no.samkurs.calendar.feed.control;

import no.samkurs.platform.schema.TestDatabase;

/** The calendar's projection on a real MariaDB/MySQL server. */
class ProjectionOnMariaDbTest extends ProjectionContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MYSQL;
    }
}
