package no.samkurs.web.editor;

import java.io.Serializable;
import java.util.Objects;

/** One link as the form shows it. */
public class LinkRow implements Serializable {

    private String kind = "material";
    private String title;
    private String url;

    public LinkRow() {
    }

    LinkRow(String kind, String title, String url) {
        this.kind = kind;
        this.title = title;
        this.url = url;
    }

    LinkRow copy() {
        return new LinkRow(kind, title, url);
    }

    boolean isBlank() {
        return OfferingForm.blank(title) && OfferingForm.blank(url);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkRow r && Objects.equals(kind, r.kind)
                && Objects.equals(OfferingForm.text(title), OfferingForm.text(r.title))
                && Objects.equals(OfferingForm.text(url), OfferingForm.text(r.url));
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, OfferingForm.text(title), OfferingForm.text(url));
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }
}
