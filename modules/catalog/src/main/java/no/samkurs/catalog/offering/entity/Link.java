package no.samkurs.catalog.offering.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A link from an offering: material, a recording, or something else worth reading. */
@Embeddable
public class Link {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private LinkKind kind;

    private String title;

    private String url;

    protected Link() {
    }

    public Link(LinkKind kind, String title, String url) {
        this.kind = kind;
        this.title = title;
        this.url = url;
    }

    public LinkKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String url() {
        return url;
    }

    boolean sameAs(Link other) {
        return kind == other.kind && title.equals(other.title) && url.equals(other.url);
    }
}
