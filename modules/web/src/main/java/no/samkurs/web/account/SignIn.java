package no.samkurs.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.samkurs.directory.people.control.Accounts;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.platform.security.LocalPath;
import no.samkurs.platform.security.SignInRefusal;
import no.samkurs.web.layout.Language;

import java.text.MessageFormat;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The login page. The application's authentication mechanism checks the e-mail and password (and may refuse to,
 * while the account or address must wait); on success the person goes on to where they were going, on this site
 * only, or else to the page of their role. The page's server-side view state protects the form against forgery.
 */
@Named
@RequestScoped
public class SignIn {

    static final String PATH = "/login";
    static final String NEXT = "neste";

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    @Inject
    Language language;

    private String email;
    private String password;
    private String next;
    private SignInRefusal refusal;

    @PostConstruct
    void readNext() {
        next = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(NEXT);
    }

    public void signIn() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email, password)));
        Optional<SignInRefusal> refused = SignInRefusal.of(request);
        if (refused.isPresent()) {
            refusal = refused.get();
            external.setResponseStatus(429);
            external.setResponseHeader("Retry-After", String.valueOf(refusal.seconds()));
            return;
        }
        if (status != AuthenticationStatus.SUCCESS || request.getUserPrincipal() == null) {
            faces.addMessage("email", new FacesMessage(FacesMessage.SEVERITY_ERROR, texts().getString("signIn.wrong"),
                    null));
            return;
        }
        Optional<Person> person = accounts.byEmail(request.getUserPrincipal().getName());
        String target = getNext().isEmpty() ? Landing.of(person.map(Person::roles).orElse(Set.of())) : getNext();
        // 303: the browser fetches the next page with GET, and reloading it never posts the password again.
        external.setResponseStatus(HttpServletResponse.SC_SEE_OTHER);
        external.setResponseHeader("Location", external.getRequestContextPath() + target);
        faces.responseComplete();
    }

    public boolean isRefused() {
        return refusal != null;
    }

    /** Why the sign-in was refused, with the wait in words. */
    public String getRefusal() {
        if (refusal == null) {
            return "";
        }
        ResourceBundle texts = texts();
        return refusal.busy() ? texts.getString("signIn.busy")
                : MessageFormat.format(texts.getString("signIn.paused"), Wait.of(refusal.retryAfter()).inWords(texts));
    }

    /** Where to go after signing in, as the form carries it on: empty for the role's page, a path on this site. */
    public String getNext() {
        if (next == null || next.isEmpty()) {
            return "";
        }
        String path = LocalPath.orHome(next);
        // The header links here from every page, this one too: back to the login page is no way on.
        return path.equals(PATH) || path.startsWith(PATH + "?") ? "" : path;
    }

    private ResourceBundle texts() {
        return Texts.in(language.getLocale());
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
