package no.samkurs.directory.people;

import no.samkurs.platform.schema.TestDatabase;

class PeopleImportOnH2Test extends PeopleImportContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }
}
