package no.samkurs.web.editor;

import jakarta.faces.application.FacesMessage;

/**
 * A message written by the catalog (its validation and its rules), which speaks bokmål only; the page marks it
 * {@code lang="nb"} when it is read in another language. The form's own messages are in the reader's language.
 */
public class CatalogMessage extends FacesMessage {

    public CatalogMessage(String text) {
        super(SEVERITY_ERROR, text, text);
    }
}
