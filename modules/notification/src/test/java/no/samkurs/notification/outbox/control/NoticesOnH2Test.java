package no.samkurs.notification.outbox.control;

import no.samkurs.platform.schema.TestDatabase;

/** The outbox for administrators on the embedded default database. */
class NoticesOnH2Test extends NoticesContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
