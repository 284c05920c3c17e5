package no.samkurs.web.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import no.samkurs.catalog.offering.control.Reader;
import no.samkurs.catalog.offering.control.Readers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The door of every page that is not for everyone, the web layer's one copy of the rule: the anonymous are sent to
 * sign in and brought back here, a signed-in person without the role gets 403. What they may then do with an
 * offering is the catalog's to say ({@code Visibility},
 * the aggregate's rules).
 */
@RequestScoped
public class Gate {

    @Inject
    Readers readers;

    @Inject
    Menu menu;

    /**
     * The reader, if signed in with the role (any role when {@code role} is null); otherwise the answer is given
     * (redirect or 403) and the result is empty.
     */
    public Optional<Reader> require(String role) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext context = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) context.getRequest();
        try {
            if (request.getUserPrincipal() == null) {
                context.redirect(menu.getLoginHref());
                faces.responseComplete();
                return Optional.empty();
            }
            if (role != null && !request.isUserInRole(role)) {
                return refuse(403);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(readers.of(request.getUserPrincipal()));
    }

    /** Answers with our error page for the status (403, 404) and ends the request. */
    public Optional<Reader> refuse(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
        return Optional.empty();
    }

    /** Post-redirect-get: to a path of this site, never elsewhere. */
    public void redirect(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext context = faces.getExternalContext();
        try {
            context.redirect(context.getRequestContextPath() + (path.startsWith("/") ? path : "/" + path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
