package no.samkurs.notification.outbox.control;

import no.samkurs.platform.schema.TestDatabase;

/** The sender with GreenMail on the embedded default database. */
class SenderOnH2Test extends SenderContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
