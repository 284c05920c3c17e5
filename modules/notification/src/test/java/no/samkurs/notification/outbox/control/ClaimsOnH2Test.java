package no.samkurs.notification.outbox.control;

import no.samkurs.platform.schema.TestDatabase;

/** Claims on the embedded default database. */
class ClaimsOnH2Test extends ClaimsContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
