package no.samkurs.catalog.offering;

import no.samkurs.platform.schema.TestDatabase;

/** The offering aggregate on H2, the embedded default of the run command. */
class OfferingPersistenceOnH2Test extends OfferingPersistenceContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
