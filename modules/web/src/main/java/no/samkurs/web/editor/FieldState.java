package no.samkurs.web.editor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samkurs.web.layout.Language;

import java.text.MessageFormat;
import java.util.Iterator;
import java.util.regex.Pattern;

/**
 * For the editor's field tags: whether a control has an error, the language its message is written in, and a text
 * with a value put in.
 */
@Named
@RequestScoped
public class FieldState {

    /** How a message component's id ends: "-feil" after its control's, "-gruppe-feil" for a group of boxes. */
    private static final Pattern MESSAGE_SUFFIX = Pattern.compile("(-gruppe)?-feil$");

    @Inject
    Language language;

    /** A text with one value put in, for attributes where h:outputFormat cannot go (a button's label). */
    public String format(String pattern, Object value) {
        return new MessageFormat(pattern, language.getLocale()).format(new Object[]{value});
    }

    public boolean invalid(String clientId) {
        return FacesContext.getCurrentInstance().getMessages(clientId).hasNext();
    }

    /** "true" for a control with an error, else nothing (the attribute is left out). */
    public String ariaInvalid(String clientId) {
        return invalid(clientId) ? "true" : null;
    }

    /** The language of the message shown by the message component with this client id ("x-feil" for control x). */
    public String lang(String messageClientId) {
        String control = MESSAGE_SUFFIX.matcher(messageClientId).replaceFirst("");
        if ("nb".equals(language.getTag())) {
            return null;
        }
        for (Iterator<FacesMessage> m = FacesContext.getCurrentInstance().getMessages(control); m.hasNext(); ) {
            if (m.next() instanceof CatalogMessage) {
                return "nb";
            }
        }
        return null;
    }
}
