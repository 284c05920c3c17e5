package no.samkurs.notification.outbox.control;

import no.samkurs.platform.schema.TestDatabase;

/** The messages of an offering's change on the embedded default database. */
class OfferingNoticesOnH2Test extends OfferingNoticesContract {

    @Override
    protected TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
