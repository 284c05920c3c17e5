package no.samkurs.web.editor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samkurs.catalog.offering.entity.Delivery;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.LinkKind;
import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Term;
import no.samkurs.catalog.offering.entity.Topic;
import no.samkurs.web.layout.Language;

import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** A value of a stale edit's changed field as a person reads it: labels, names and dates instead of codes. */
@Named
@RequestScoped
public class ChangeText {

    @Inject
    Language language;

    @Inject
    Places places;

    /** The field's name as its label says it, without the mark of a required field. */
    public String label(String field) {
        return EditorTexts.of(language).getString("field." + field).replace(" *", "");
    }

    @SuppressWarnings("unchecked")
    public String of(String field, Object value) {
        ResourceBundle texts = EditorTexts.of(language);
        String none = texts.getString("stale.none");
        String text = switch (field) {
            case "kind" -> label(Kind.values(), (String) value);
            case "delivery" -> label(Delivery.values(), (String) value);
            case "language" -> value == null ? null : texts.getString("language." + value);
            case "topics" -> labels(Topic.values(), (List<String>) value);
            case "targetGroups" -> labels(TargetGroup.values(), (List<String>) value);
            case "counties" -> ((List<String>) value).stream().map(places::countyName).collect(Collectors.joining(", "));
            case "national" -> texts.getString(Boolean.TRUE.equals(value) ? "stale.yes" : "stale.no");
            case "venueMunicipality" -> value == null ? null : places.municipalityName((String) value);
            case "opens", "closes" -> String.join(" ", ((List<String>) value).stream().filter(v -> v != null).toList());
            case "sessions" -> ((List<SessionRow>) value).stream().filter(r -> !r.isBlank()).map(this::session)
                    .collect(Collectors.joining("; "));
            case "links" -> ((List<LinkRow>) value).stream().filter(r -> !r.isBlank())
                    .map(l -> label(LinkKind.values(), l.getKind()) + ": " + l.getTitle() + " (" + l.getUrl() + ")")
                    .collect(Collectors.joining("; "));
            default -> (String) value;
        };
        return text == null || text.isBlank() ? none : text;
    }

    private String session(SessionRow r) {
        String when = r.getStartDate() + " " + r.getStartTime() + "–"
                + (r.getStartDate() != null && r.getStartDate().equals(r.getEndDate()) ? "" : r.getEndDate() + " ")
                + r.getEndTime();
        return r.getTitle() == null || r.getTitle().isBlank() ? when : when + " " + r.getTitle().strip();
    }

    private String label(Term[] terms, String code) {
        return Arrays.stream(terms).filter(t -> t.code().equals(code)).map(t -> t.label(language.getLocale()))
                .findFirst().orElse(code);
    }

    private String labels(Term[] terms, List<String> codes) {
        return codes.stream().map(c -> label(terms, c)).collect(Collectors.joining(", "));
    }
}
