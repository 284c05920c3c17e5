package no.samkurs.web.editor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samkurs.catalog.offering.entity.Delivery;
import no.samkurs.catalog.offering.entity.Kind;
import no.samkurs.catalog.offering.entity.LinkKind;
import no.samkurs.catalog.offering.entity.TargetGroup;
import no.samkurs.catalog.offering.entity.Term;
import no.samkurs.catalog.offering.entity.Topic;
import no.samkurs.catalog.offering.entity.HostState;
import no.samkurs.directory.organisation.control.Organisations;
import no.samkurs.directory.organisation.entity.OrganisationType;
import no.samkurs.web.layout.Language;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/** The choices of the edit form, labelled in the reader's language: the catalog's vocabularies and the places. */
@Named
@RequestScoped
public class Choices {

    /** The languages an offering may be held in, as the catalog lists them. */
    private static final List<String> LANGUAGES = List.of("nb", "nn", "en", "se");

    @Inject
    Language language;

    @Inject
    Places places;

    @Inject
    Organisations organisations;

    public List<SelectItem> getKinds() {
        return terms(Kind.values());
    }

    public List<SelectItem> getDeliveries() {
        return terms(Delivery.values());
    }

    public List<SelectItem> getTopics() {
        return terms(Topic.values());
    }

    public List<SelectItem> getTargetGroups() {
        return terms(TargetGroup.values());
    }

    public List<SelectItem> getLinkKinds() {
        return terms(LinkKind.values());
    }

    public List<SelectItem> getLanguages() {
        ResourceBundle texts = EditorTexts.of(language);
        return LANGUAGES.stream().map(tag -> new SelectItem(tag, texts.getString("language." + tag))).toList();
    }

    public List<SelectItem> getCounties() {
        return places.counties().stream().map(c -> new SelectItem(c.county().number(), c.county().name())).toList();
    }

    /** The municipalities by county, each county a group of the list. */
    public List<SelectItem> getMunicipalities() {
        return places.counties().stream().map(c -> (SelectItem) new SelectItemGroup(c.county().name(), null, false,
                c.municipalities().stream().map(m -> new SelectItem(m.number(), m.name())).toArray(SelectItem[]::new)))
                .toList();
    }

    /** The organisations the lead may invite: not itself, nor one already asked (one that declined may be again). */
    public List<SelectItem> invitable(OfferingState offering) {
        ResourceBundle texts = EditorTexts.of(language);
        Set<String> asked = offering.coHosts().stream().filter(c -> c.state() != HostState.DECLINED)
                .map(OfferingState.CoHostState::id).collect(Collectors.toSet());
        asked.add(offering.leadId());
        Map<OrganisationType, List<SelectItem>> byType = new EnumMap<>(OrganisationType.class);
        organisations.find(null, null).stream().filter(o -> !asked.contains(o.id())).forEach(o -> byType
                .computeIfAbsent(o.type(), t -> new ArrayList<>()).add(new SelectItem(o.id(), o.name())));
        return byType.entrySet().stream().map(e -> (SelectItem) new SelectItemGroup(
                texts.getString("organisationType." + e.getKey().code()), null, false,
                e.getValue().toArray(SelectItem[]::new))).toList();
    }

    private List<SelectItem> terms(Term... terms) {
        return Arrays.stream(terms).map(t -> new SelectItem(t.code(), t.label(language.getLocale()))).toList();
    }
}
