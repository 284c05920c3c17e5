package no.samkurs.enrollment.booking.boundary;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;
import no.samkurs.directory.people.control.RequestPerson;
import no.samkurs.directory.people.control.Account;
import no.samkurs.enrollment.booking.control.Caller;
import no.samkurs.platform.security.RoleCheck;

/** The signed-in, active person behind a request, for the component's policy ({@link Caller}); else 401. */
public final class Callers {

    private Callers() {
    }

    public static Caller of(RequestPerson requestPerson, SecurityContext security) {
        return requestPerson.byEmail(security.getUserPrincipal().getName()).filter(Account::active).map(Caller::of)
                .orElseThrow(() -> new NotAuthorizedException(RoleCheck.CHALLENGE));
    }
}
