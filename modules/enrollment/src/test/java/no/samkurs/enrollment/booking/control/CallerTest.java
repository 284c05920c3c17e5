package no.samkurs.enrollment.booking.control;

import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.organisation.entity.OrganisationType;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.enrollment.Fixtures;
import no.samkurs.enrollment.booking.entity.Arrival;
import no.samkurs.enrollment.booking.entity.Enrollment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Enrollment's authorization policy as a table over roles: who may do what with whose enrollment. */
class CallerTest {

    static final Offering OFFERING = new Offering(new Organisation("rvts-nord", OrganisationType.RVTS, "RVTS Nord",
            null), Fixtures.webinar(10, null, null), Fixtures.NOW);
    static final Enrollment ALTA = new Enrollment("e1", OFFERING.id(), new Arrival(OFFERING.id(), "someone", "5601",
            "school", null, "someone", Fixtures.NOW, 1), false, 1, null, Fixtures.NOW);

    static Caller caller(String role, String municipality, String organisation) {
        return new Caller("me", Set.of(Role.ofName(role).orElseThrow()), municipality.isEmpty() ? null : municipality,
                organisation.isEmpty() ? null : organisation);
    }

    @ParameterizedTest(name = "{0} of {1}{2}: enroll {3}, organise {4}, see Alta''s enrollment {5}, see Alta {6}")
    @CsvSource({
            "participant,          5601, ,           true,  false, false, false",
            "participant,          5501, ,           true,  false, false, false",
            "municipal-contact,    5601, ,           true,  false, true,  true",
            "municipal-contact,    5501, ,           true,  false, false, false",
            "provider-editor,      ,     rvts-nord,  false, true,  true,  false",
            "provider-editor,      ,     korus-nord, false, false, false, false",
            "regional-coordinator, ,     sf-troms-og-finnmark, false, false, false, false",
            "administrator,        ,     ,           false, true,  true,  true",
    })
    void theTable(String role, String municipality, String organisation, boolean enroll, boolean organise,
                  boolean seeEnrollment, boolean seeMunicipality) {
        Caller caller = caller(role, municipality == null ? "" : municipality, organisation == null ? "" : organisation);
        assertEquals(enroll, caller.mayEnroll(), "enroll");
        assertEquals(organise, caller.organises(OFFERING), "organise");
        assertEquals(seeEnrollment, caller.maySee(ALTA, OFFERING), "see the enrollment");
        assertEquals(seeEnrollment, caller.mayCancel(ALTA, OFFERING), "cancel the enrollment");
        assertEquals(seeMunicipality, caller.maySeeMunicipality("5601"), "see Alta's enrollments");
    }

    @ParameterizedTest
    @CsvSource({"participant", "municipal-contact"})
    void theirOwnEnrollmentIsTheirsToSeeAndCancelUnderTheDeadline(String role) {
        Caller owner = new Caller("someone", Set.of(Role.ofName(role).orElseThrow()), "5501", null);
        assertEquals(true, owner.maySee(ALTA, OFFERING));
        assertEquals(false, owner.cancelsAsOrganiser(ALTA, OFFERING));
    }
}
