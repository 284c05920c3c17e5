package no.samkurs.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import no.samkurs.platform.problem.Problem;
import no.samkurs.platform.security.LocalPath;
import no.samkurs.web.layout.Language;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error pages: titled like the API's problems, in the reader's language, with the status kept also when the
 * page is opened directly. A failure is logged under an incident id the person can quote; its text never reaches
 * the page.
 */
@Named
@RequestScoped
public class ErrorPage {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Language language;

    private String incident;

    public String title(int status) {
        return Problem.title(status, language.getLocale());
    }

    /** Keeps the status: the container sets it on the way here, but not for someone who opens the page itself. */
    public void answer(int status) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (!external.isResponseCommitted()) {
            external.setResponseStatus(status);
        }
    }

    /** The id under which this failure is logged, or empty when no failure came with the request. */
    public String getIncident() {
        if (incident == null) {
            HttpServletRequest request = request();
            Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            incident = failure instanceof Throwable thrown ? logged(thrown, request) : "";
        }
        return incident;
    }

    private static String logged(Throwable failure, HttpServletRequest request) {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        LOG.log(Level.SEVERE, failure, () -> "Incident " + id + " at " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        return id;
    }

    public boolean isSignedIn() {
        return request().getUserPrincipal() != null;
    }

    /** The page that failed, on this site, to try again with a fresh form. */
    public String getFailedPath() {
        HttpServletRequest request = request();
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return failed == null || !failed.toString().startsWith(request.getContextPath()) ? LocalPath.HOME
                : LocalPath.orHome(failed.toString().substring(request.getContextPath().length()));
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
