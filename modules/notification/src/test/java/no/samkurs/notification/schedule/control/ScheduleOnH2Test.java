package no.samkurs.notification.schedule.control;

import no.samkurs.platform.schema.TestDatabase;

/** The messages the clock causes on the embedded default database. */
class ScheduleOnH2Test extends ScheduleContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
