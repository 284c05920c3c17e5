package no.samkurs.catalog;

import no.samkurs.platform.schema.TestDatabase;

/** Like the H2 file in ~/.samkurs that the run command made before per-component histories. */
class LegacyDatabaseOnH2Test extends LegacyDatabaseContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
