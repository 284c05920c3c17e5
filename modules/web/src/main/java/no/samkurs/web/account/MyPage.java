package no.samkurs.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import no.samkurs.directory.people.control.Accounts;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.web.layout.Gate;
import no.samkurs.web.layout.Language;

import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** "Min side": who the signed-in person is, where they belong, their roles, and the language they read in. */
@Named
@RequestScoped
public class MyPage {

    static final String PATH = "/min-side";
    static final String LANGUAGE = "sprak";

    /** A language as the form offers it: named in itself, so that everyone finds their own. */
    public record Choice(String tag, String name, boolean current) {
    }

    private static final List<String[]> LANGUAGES = List.of(
            new String[]{"nb", "Bokmål"}, new String[]{"nn", "Nynorsk"}, new String[]{"en", "English"});

    @Inject
    Accounts accounts;

    @Inject
    Language language;

    @Inject
    Gate gate;

    private Optional<Person> person;

    /** The page is the person's own: the anonymous are asked to sign in first, and come back here. */
    public void requireSignIn() {
        gate.require(null);
    }

    public void saveLanguage() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String tag = external.getRequestParameterMap().get(LANGUAGE);
        if (person().isEmpty() || tag == null || !Person.LANGUAGES.contains(tag)) {
            faces.addMessage(LANGUAGE + "-" + language.getTag(), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.in(language.getLocale()).getString("account.language.missing"), null));
            return;
        }
        language.choose(tag);
        external.setResponseStatus(HttpServletResponse.SC_SEE_OTHER);
        external.setResponseHeader("Location", external.getRequestContextPath() + PATH + "?lagret=" + LANGUAGE);
        faces.responseComplete();
    }

    public Optional<Person> person() {
        if (person == null) {
            Principal principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
            person = principal == null ? Optional.empty() : accounts.byEmail(principal.getName());
        }
        return person;
    }

    public String getName() {
        return person().map(Person::name).orElse("");
    }

    public String getEmail() {
        return person().map(Person::email).orElse("");
    }

    public String getMunicipality() {
        return person().flatMap(Person::municipality).map(m -> m.name()).orElse("");
    }

    public String getOrganisation() {
        return person().flatMap(Person::organisation).map(o -> o.name()).orElse("");
    }

    /** The text keys of the person's roles, in the order of {@link Role}. */
    public List<String> getRoles() {
        return person().map(p -> Arrays.stream(Role.values()).filter(p::has).map(r -> "role." + r.roleName())
                .toList()).orElse(List.of());
    }

    public List<Choice> getLanguages() {
        String current = language.getTag();
        return LANGUAGES.stream().map(l -> new Choice(l[0], l[1], l[0].equals(current))).toList();
    }

    public boolean isSaved() {
        return LANGUAGE.equals(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("lagret"));
    }
}
