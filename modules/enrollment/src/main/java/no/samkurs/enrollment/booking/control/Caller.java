package no.samkurs.enrollment.booking.control;

import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.directory.people.control.Account;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.enrollment.booking.entity.Enrollment;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who is asking, and enrollment's one authorization policy: who may enroll (people of a municipality: participants
 * and municipal contacts), who organises an offering (editors of its hosts, administrators), who may see or cancel
 * an enrollment (the person, the organisers, the municipality's contacts) and who may enroll colleagues or see a
 * municipality's enrollments (its contacts, administrators).
 */
public record Caller(String personId, Set<Role> roles, String municipality, String organisationId) {

    public Caller {
        roles = roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    public static Caller of(Account account) {
        return new Caller(account.id(), account.roles(), account.municipalityNumber(), account.organisationId());
    }

    public static Caller of(Person person) {
        return new Caller(person.id(), person.roles(), person.municipalityNumber().orElse(null),
                person.organisationId().orElse(null));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean administrator() {
        return has(Role.ADMINISTRATOR);
    }

    public boolean mayEnroll() {
        return (has(Role.PARTICIPANT) || has(Role.MUNICIPAL_CONTACT)) && municipality != null;
    }

    public boolean organises(Offering offering) {
        return administrator() || has(Role.PROVIDER_EDITOR) && offering.isHost(organisationId);
    }

    public boolean contactFor(String municipalityNumber) {
        return has(Role.MUNICIPAL_CONTACT) && municipality != null && municipality.equals(municipalityNumber);
    }

    public boolean maySee(Enrollment enrollment, Offering offering) {
        return personId.equals(enrollment.personId()) || organises(offering)
                || enrollment.municipality().map(this::contactFor).orElse(false);
    }

    /** Cancels as an organiser (any time, with a reason) rather than under the participant's deadline. */
    public boolean cancelsAsOrganiser(Enrollment enrollment, Offering offering) {
        return !personId.equals(enrollment.personId()) && organises(offering);
    }

    /** May cancel: the person, the organisers, and the contacts of the person's municipality (as the person would). */
    public boolean mayCancel(Enrollment enrollment, Offering offering) {
        return maySee(enrollment, offering);
    }

    public boolean maySeeMunicipality(String municipalityNumber) {
        return administrator() || contactFor(municipalityNumber);
    }
}
