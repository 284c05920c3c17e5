package no.samkurs.notification.schedule.control;

import no.samkurs.platform.schema.TestDatabase;

/** The messages the clock causes on a real MariaDB/MySQL server. */
class ScheduleOnMariaDbTest extends ScheduleContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.MYSQL;
    }
}
