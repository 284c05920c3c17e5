package no.samkurs.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samkurs.directory.organisation.control.Organisations;
import no.samkurs.directory.organisation.entity.Organisation;
import no.samkurs.directory.organisation.entity.OrganisationType;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.directory.region.control.Regions;
import no.samkurs.directory.region.entity.County;
import no.samkurs.directory.region.entity.Municipality;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the admin forms offer to choose from, named in the reader's language: the roles, the municipalities by
 * county, the organisations by type, and the counties and types to filter organisations by.
 */
@Named("adminChoices")
@RequestScoped
public class AdminChoices {

    // Æ, Ø and Å come last, as a Norwegian looks for them.
    private static final Collator NORWEGIAN = Collator.getInstance(Locale.forLanguageTag("nb"));

    @Inject
    Regions regions;

    @Inject
    Organisations organisations;

    @Inject
    AdminTexts texts;

    public List<SelectItem> getRoles() {
        return Arrays.stream(Role.values()).map(r -> new SelectItem(r.roleName(), texts.role(r))).toList();
    }

    /** 357 municipalities are easier to find under their county, by name. */
    public List<SelectItem> getMunicipalities() {
        Map<String, List<Municipality>> byCounty = regions.municipalities(null, null).stream()
                .collect(Collectors.groupingBy(m -> m.county().number()));
        return regions.counties().stream().filter(c -> byCounty.containsKey(c.number()))
                .map(c -> group(c.name(), byCounty.get(c.number()).stream()
                        .sorted(Comparator.comparing(Municipality::name, NORWEGIAN))
                        .map(m -> new SelectItem(m.number(), m.name())).toList()))
                .toList();
    }

    public List<SelectItem> getOrganisations() {
        Map<OrganisationType, List<Organisation>> byType = organisations.find(null, null).stream()
                .collect(Collectors.groupingBy(Organisation::type));
        return Arrays.stream(OrganisationType.values()).filter(byType::containsKey)
                .map(t -> group(texts.type(t), byType.get(t).stream()
                        .map(o -> new SelectItem(o.id(), o.name())).toList()))
                .toList();
    }

    public List<SelectItem> getTypes() {
        return Arrays.stream(OrganisationType.values()).map(t -> new SelectItem(t.code(), texts.type(t))).toList();
    }

    public List<County> getCounties() {
        return regions.counties();
    }

    private static SelectItem group(String label, List<SelectItem> items) {
        SelectItemGroup group = new SelectItemGroup(label);
        group.setSelectItems(items.toArray(SelectItem[]::new));
        return group;
    }
}
