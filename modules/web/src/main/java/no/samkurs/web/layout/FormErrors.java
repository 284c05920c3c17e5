package no.samkurs.web.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The form's errors for the summary at the top of a page (WEB-INF/error-summary.xhtml): each message with the
 * field it belongs to, so that the summary links to the field and the message also stands next to it.
 */
@Named
@RequestScoped
public class FormErrors {

    public record Error(String field, String message) {
    }

    public List<Error> getAll() {
        FacesContext context = FacesContext.getCurrentInstance();
        List<Error> errors = new ArrayList<>();
        for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            for (Iterator<FacesMessage> messages = context.getMessages(id); messages.hasNext(); ) {
                FacesMessage message = messages.next();
                if (message.getSeverity().compareTo(FacesMessage.SEVERITY_WARN) >= 0) {
                    errors.add(new Error(id, message.getSummary()));
                }
            }
        }
        return errors;
    }

    public boolean isPresent() {
        return !getAll().isEmpty();
    }
}
