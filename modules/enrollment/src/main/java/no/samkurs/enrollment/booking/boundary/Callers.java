package no.samkurs.enrollment.booking.boundary;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;
import no.samkurs.directory.people.control.Accounts;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.enrollment.booking.control.Caller;
import no.samkurs.platform.security.RoleCheck;

/** The signed-in, active person behind a request, for the component's policy ({@link Caller}); else 401. */
public final class Callers {

    private Callers() {
    }

    public static Caller of(Accounts accounts, SecurityContext security) {
        return accounts.byEmail(security.getUserPrincipal().getName()).filter(Person::isActive).map(Caller::of)
                .orElseThrow(() -> new NotAuthorizedException(RoleCheck.CHALLENGE));
    }
}
