package no.samkurs.directory;

import no.samkurs.platform.schema.TestDatabase;

/** The reference data on H2, the embedded default database of the run command. */
class ReferenceDataOnH2Test extends ReferenceDataContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
