package no.samkurs.app.openapi;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Completes the document Payara builds from the annotations (registered as {@code mp.openapi.filter}). For every
 * operation it states what follows from the code: {@code @RolesAllowed} means sign-in is required (401, 403), else
 * it is optional; parameters can be invalid (400), a path names something that may not exist (404), a write to an
 * existing aggregate can meet a newer version or a lifecycle rule (409); anything can fail (500) or meet a database
 * or search that is not ready (503). Every failure is a problem+json. A resource adds what only it knows with
 * {@code @APIResponse}; a response it declares is kept, and given the problem body if it has none.
 */
public class ApiDescription implements OASFilter {

    private static final Logger LOG = Logger.getLogger(ApiDescription.class.getName());

    @Override
    public void filterOpenAPI(OpenAPI api) {
        removePayaraEndpoints(api);
        api.setTags(distinct(api.getTags()));
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        ApiComponents.addTo(api.getComponents());
        if (api.getPaths() != null) {
            api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((http, operation) ->
                    ResourceMethods.of(http.name(), path)
                            .ifPresent(method -> describe(http, path, operation, method))));
        }
    }

    private static void describe(HttpMethod http, String path, Operation operation, Method method) {
        var annotated = method.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class);
        if (annotated == null || annotated.operationId().isEmpty()) {
            operation.setOperationId(operationId(method));
        }
        boolean guarded = guarded(method);
        operation.setSecurity(security(guarded));
        APIResponses responses = operation.getResponses() != null ? operation.getResponses()
                : OASFactory.createAPIResponses();
        successAs200(responses);
        boolean hasInput = operation.getRequestBody() != null
                || operation.getParameters() != null && !operation.getParameters().isEmpty();
        addProblem(responses, "400", hasInput);
        addProblem(responses, "401", guarded);
        addProblem(responses, "403", guarded);
        addProblem(responses, "404", path.contains("{"));
        addProblem(responses, "409", http != HttpMethod.GET && http != HttpMethod.HEAD && path.contains("{"));
        // Only where a resource declares it (a well-formed request a rule refuses, as enrollment's): given the body.
        addProblem(responses, "422", false);
        // Any request may carry HTTP Basic, and a throttled sign-in is refused before the resource is reached.
        addProblem(responses, "429", true);
        addProblem(responses, "500", true);
        addProblem(responses, "503", true);
        operation.setResponses(responses);
    }

    /** The same reading of the security annotations as {@code platform.security.RoleCheck}. */
    private static boolean guarded(Method method) {
        if (method.isAnnotationPresent(RolesAllowed.class) || method.isAnnotationPresent(DenyAll.class)) {
            return true;
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return false;
        }
        Class<?> type = method.getDeclaringClass();
        return type.isAnnotationPresent(RolesAllowed.class) || type.isAnnotationPresent(DenyAll.class);
    }

    /** Any one way to sign in; for an open operation also none (the empty requirement). */
    private static List<SecurityRequirement> security(boolean guarded) {
        List<SecurityRequirement> ways = new ArrayList<>();
        if (!guarded) {
            ways.add(OASFactory.createSecurityRequirement());
        }
        ApiComponents.SIGN_IN.keySet()
                .forEach(scheme -> ways.add(OASFactory.createSecurityRequirement().addScheme(scheme)));
        return ways;
    }

    /** Payara files the success under "default", which would claim every unlisted status answers the same. */
    private static void successAs200(APIResponses responses) {
        APIResponse success = responses.getDefaultValue();
        boolean hasSuccess = responses.getAPIResponses() != null
                && responses.getAPIResponses().keySet().stream().anyMatch(code -> code.startsWith("2"));
        if (success != null && !hasSuccess) {
            responses.removeAPIResponse(APIResponses.DEFAULT);
            responses.addAPIResponse("200", success.description("OK"));
        }
    }

    private static void addProblem(APIResponses responses, String status, boolean applies) {
        APIResponse declared = responses.getAPIResponse(status);
        boolean bodiless = declared != null && declared.getRef() == null
                && (declared.getContent() == null || declared.getContent().getMediaTypes().isEmpty());
        if (bodiless) {
            declared.setContent(ApiComponents.problemContent());
        } else if (declared == null && applies) {
            String shared = "#/components/responses/" + ApiComponents.RESPONSES.get(status);
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(shared));
        }
    }

    /** Unique across the API: PeopleResource.one becomes peopleOne. */
    private static String operationId(Method method) {
        String resource = method.getDeclaringClass().getSimpleName().replaceFirst("Resource$", "");
        String name = method.getName();
        return Character.toLowerCase(resource.charAt(0)) + resource.substring(1)
                + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Payara adds one tag per annotated class; OpenAPI wants each name once. */
    private static List<Tag> distinct(List<Tag> tags) {
        Map<String, Tag> byName = new LinkedHashMap<>();
        if (tags != null) {
            tags.forEach(tag -> byName.merge(tag.getName(), tag,
                    (first, next) -> first.getDescription() != null ? first : next));
        }
        return new ArrayList<>(byName.values());
    }

    /**
     * Payara 6 adds a top-level "endpoints" map that OpenAPI 3.0 does not allow. It is no part of the MicroProfile
     * model, no setting turns it off, and Payara leaves empty maps out; so it is emptied through Payara's own class.
     */
    private static void removePayaraEndpoints(OpenAPI api) {
        try {
            api.getClass().getMethod("setEndpoints", Map.class).invoke(api, new TreeMap<>());
        } catch (ReflectiveOperationException e) {
            LOG.fine(() -> "No Payara endpoints to remove: " + e);
        }
    }
}
