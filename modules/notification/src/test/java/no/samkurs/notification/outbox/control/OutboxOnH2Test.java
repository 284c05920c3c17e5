package no.samkurs.notification.outbox.control;

import no.samkurs.platform.schema.TestDatabase;

/** Recording on the embedded default database. */
class OutboxOnH2Test extends OutboxContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
