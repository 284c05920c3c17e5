package no.samkurs.catalog.offering.boundary;

import no.samkurs.catalog.offering.entity.Delivery;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.LinkKind;
import no.samkurs.catalog.offering.entity.Status;
import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Term;
import no.samkurs.catalog.offering.entity.Topic;

import java.util.Arrays;
import java.util.List;

/** The catalog's fixed vocabularies, each term with its code and its labels in bokmål, nynorsk and English. */
public record VocabularyView(List<Term.Labels> topic, List<Term.Labels> targetGroup, List<Term.Labels> kind,
                             List<Term.Labels> delivery, List<Term.Labels> status, List<Term.Labels> linkKind) {

    static final VocabularyView ALL = new VocabularyView(labels(Topic.values()), labels(TargetGroup.values()),
            labels(Kind.values()), labels(Delivery.values()), labels(Status.values()), labels(LinkKind.values()));

    private static List<Term.Labels> labels(Term[] terms) {
        return Arrays.stream(terms).map(Term::labels).toList();
    }
}
