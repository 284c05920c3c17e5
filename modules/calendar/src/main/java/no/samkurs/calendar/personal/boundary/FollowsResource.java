package no.samkurs.calendar.personal.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import no.samkurs.calendar.personal.control.Follows;
import no.samkurs.catalog.offering.control.Offerings;
import no.samkurs.catalog.offering.control.Reader;
import no.samkurs.catalog.offering.control.Readers;
import no.samkurs.catalog.offering.control.Visibility;
import no.samkurs.catalog.offering.entity.Offering;
import no.samkurs.directory.people.control.Accounts;
import no.samkurs.directory.people.entity.Person;
import no.samkurs.directory.people.entity.Role;
import no.samkurs.platform.security.RoleCheck;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The offerings the signed-in person follows: their sessions go into the person's own calendar feed. One may follow
 * only what one may read (the catalog's Visibility); a followed offering one can no longer read is not listed.
 */
@Path("me/follows")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PARTICIPANT, Role.Names.MUNICIPAL_CONTACT, Role.Names.PROVIDER_EDITOR,
        Role.Names.REGIONAL_COORDINATOR, Role.Names.ADMINISTRATOR})
@Tag(name = "Kalender")
public class FollowsResource {

    @Inject
    Follows follows;

    @Inject
    Offerings offerings;

    @Inject
    Readers readers;

    @Inject
    Accounts accounts;

    @Context
    SecurityContext security;

    /** A followed offering, as the "Min side" list shows it. */
    public record Followed(String id, String title, String status) {

        static Followed of(Offering offering) {
            return new Followed(offering.id(), offering.title(), offering.status().code());
        }
    }

    @GET
    @Operation(summary = "Tilbudene du følger, etter tittel")
    public List<Followed> list() {
        Reader reader = readers.of(security.getUserPrincipal());
        return follows.offeringIds(personId()).stream().map(id -> offerings.byId(id).orElse(null))
                .filter(Objects::nonNull).filter(o -> Visibility.canRead(reader, o)).map(Followed::of)
                .sorted(Comparator.comparing(Followed::title)).toList();
    }

    @PUT
    @Path("{offeringId}")
    @Operation(summary = "Følg et tilbud: øktene kommer i din personlige kalender")
    @APIResponse(responseCode = "200", description = "Tilbudet du nå følger")
    @APIResponse(responseCode = "404", description = "Fant ikke tilbudet")
    public Followed follow(@PathParam("offeringId") String offeringId) {
        Reader reader = readers.of(security.getUserPrincipal());
        Offering offering = Visibility.requireRead(reader, offerings.require(offeringId));
        follows.follow(personId(), offering.id());
        return Followed.of(offering);
    }

    @DELETE
    @Path("{offeringId}")
    @Operation(summary = "Slutt å følge et tilbud")
    @APIResponse(responseCode = "204", description = "Du følger ikke tilbudet (lenger)")
    public void unfollow(@PathParam("offeringId") String offeringId) {
        follows.unfollow(personId(), offeringId);
    }

    private String personId() {
        return accounts.byEmail(security.getUserPrincipal().getName()).filter(Person::isActive).map(Person::id)
                .orElseThrow(() -> new NotAuthorizedException(RoleCheck.CHALLENGE));
    }
}
