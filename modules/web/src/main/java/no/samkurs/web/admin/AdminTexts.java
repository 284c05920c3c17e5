package no.samkurs.web.admin;

import no.samkurs.web.layout.Bundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.organisation.entity.OrganisationType;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.directory.region.entity.Municipality;
import no.samkurs.web.layout.Language;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The admin pages' texts for the beans (the pages load the same bundle as {@code a}), the names of roles and
 * organisation types in the reader's language, and the form errors the beans report next to their fields.
 */
@Named("adminTexts")
@RequestScoped
public class AdminTexts {

    static final String BUNDLE = "no.samkurs.web.admin.texts";

    @Inject
    Language language;

    private ResourceBundle bundle;

    public String get(String key) {
        if (bundle == null) {
            bundle = Bundles.of(BUNDLE, language.getLocale());
        }
        return bundle.getString(key);
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), language.getLocale()).format(arguments);
    }

    public String role(Role role) {
        return get("role." + role.roleName());
    }

    /** The person's roles in the order of {@link Role}, named. */
    public String roles(Person person) {
        return Arrays.stream(Role.values()).filter(person::has).map(this::role).collect(Collectors.joining(", "));
    }

    /** Where the person belongs: their municipality, their organisation, both, or neither. */
    public String home(Person person) {
        String home = Stream.concat(person.municipality().map(Municipality::name).stream(),
                person.organisation().map(Organisation::name).stream()).collect(Collectors.joining(", "));
        return home.isEmpty() ? get("people.noHome") : home;
    }

    public String status(Person person) {
        return get(person.isActive() ? "status.active" : "status.inactive");
    }

    public String type(OrganisationType type) {
        return get("orgType." + type.name());
    }

    /** An error for the form field with this id, in the summary at the top and next to the field. */
    public void error(String field, String key) {
        String text = get(key);
        FacesContext.getCurrentInstance().addMessage(field,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** Whether the field has an error now, for {@code aria-invalid}. */
    public boolean invalid(String field) {
        return !FacesContext.getCurrentInstance().getMessageList(field).isEmpty();
    }
}
