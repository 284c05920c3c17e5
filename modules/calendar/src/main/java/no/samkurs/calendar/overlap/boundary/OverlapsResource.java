package no.samkurs.calendar.overlap.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import no.samkurs.calendar.overlap.control.Overlaps;
import no.samkurs.calendar.overlap.control.Region;
import no.samkurs.calendar.overlap.control.RegionOverlaps;
import no.samkurs.calendar.overlap.entity.Mark;
import no.samkurs.calendar.overlap.entity.MarkState;
import no.samkurs.catalog.offering.entity.Term;
import no.samkurs.directory.people.control.Accounts;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.platform.problem.CallerLanguage;
import no.samkurs.platform.problem.RuleViolation;
import no.samkurs.platform.security.RoleCheck;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;

/** A region's overlapping offerings for its coordinators (and administrators), and their marks on the pairs. */
@Path("regions/{regionId}/overlaps")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.REGIONAL_COORDINATOR, Role.Names.ADMINISTRATOR})
@Tag(name = "Kalender")
public class OverlapsResource {

    @Inject
    Overlaps overlaps;

    @Inject
    Accounts accounts;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    /** A mark as sent: its state, an optional note, and the version of the mark one saw (null: none). */
    public record MarkInput(@NotNull(message = "Oppgi state: coordinated eller conflict.") String state,
                            @Size(max = Mark.NOTE_LENGTH, message = "Notatet kan være høyst 1000 tegn.") String note,
                            Long version) {
    }

    @GET
    @Operation(summary = "Overlappende tilbud i regionen, med koordinatorenes merker (regionens koordinatorer)")
    @APIResponse(responseCode = "200", description = "Regionen, vinduet og parene, de snareste først",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegionOverlapsView.class)))
    @APIResponse(responseCode = "400", description = "window er ikke et helt tall fra 0 til 90")
    @APIResponse(responseCode = "404", description = "Ukjent region")
    public RegionOverlapsView list(@PathParam("regionId") String regionId, @QueryParam("window") String window) {
        int days = window(window);
        Person who = person();
        Locale language = language();
        RegionOverlaps found = overlaps.find(regionId, days, who);
        Region region = found.region();
        return new RegionOverlapsView(region.id(), region.name(), region.counties().stream().sorted().toList(), days,
                found.pairs().stream().map(o -> OverlapView.of(o, language, this::marker)).toList());
    }

    @PUT
    @Path("{firstId}/{secondId}")
    @Operation(summary = "Merk et par som samordnet (med notat) eller konflikt; paret kan nevnes i begge rekkefølger")
    @APIResponse(responseCode = "200", description = "Paret med merket",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OverlapView.class)))
    @APIResponse(responseCode = "404", description = "Ukjent region, tilbud, eller tilbud som ikke overlapper")
    @APIResponse(responseCode = "409", description = "Merket er endret av noen andre siden du hentet det")
    public OverlapView mark(@PathParam("regionId") String regionId, @PathParam("firstId") String firstId,
                            @PathParam("secondId") String secondId,
                            @NotNull(message = "Send merket som JSON: {\"state\": \"coordinated\", \"note\": \"...\"}.")
                            @Valid MarkInput input) {
        MarkState state = Term.parse(MarkState.class, "state", input.state());
        return OverlapView.of(overlaps.mark(regionId, firstId, secondId, state, input.note(), input.version(),
                person()), language(), this::marker);
    }

    @DELETE
    @Path("{firstId}/{secondId}")
    @Operation(summary = "Fjern merket på et par")
    @APIResponse(responseCode = "204", description = "Paret er ikke merket (lenger)")
    public void unmark(@PathParam("regionId") String regionId, @PathParam("firstId") String firstId,
                       @PathParam("secondId") String secondId) {
        overlaps.unmark(regionId, firstId, secondId, person());
    }

    static int window(String text) {
        if (text == null || text.isBlank()) {
            return Overlaps.DEFAULT_WINDOW;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw RuleViolation.invalid("window", "Tidsvinduet må være et helt antall dager fra 0 til "
                    + Overlaps.MAX_WINDOW + ".");
        }
    }

    private OverlapView.Marker marker(String personId) {
        return accounts.byId(personId).map(p -> new OverlapView.Marker(p.id(), p.name()))
                .orElse(new OverlapView.Marker(personId, null));
    }

    private Person person() {
        return accounts.byEmail(security.getUserPrincipal().getName()).filter(Person::isActive)
                .orElseThrow(() -> new NotAuthorizedException(RoleCheck.CHALLENGE));
    }

    private Locale language() {
        return CallerLanguage.of(headers.getAcceptableLanguages());
    }
}
