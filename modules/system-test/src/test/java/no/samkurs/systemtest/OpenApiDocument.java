package no.samkurs.systemtest;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The served API description, judged by others' code: the OpenAPI Initiative's JSON Schema for 3.0
 * ({@code openapi-3.0/schema.json}, see its README) and swagger-parser, which also checks what a schema cannot
 * (unique operation ids and tags, items of arrays, references).
 */
record OpenApiDocument(String text, InputFormat format) {

    private static final Schema OPENAPI_30 = openApi30();

    /** YAML unless JSON is asked for. */
    static OpenApiDocument fetch(URI base, boolean json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/openapi"));
        if (json) {
            request.header("Accept", "application/json");
        }
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("/openapi answered " + response.statusCode() + ": " + response.body());
            }
            return new OpenApiDocument(response.body(), json ? InputFormat.JSON : InputFormat.YAML);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    List<String> schemaErrors() {
        return OPENAPI_30.validate(text, format).stream().map(String::valueOf).toList();
    }

    /** With references resolved, so that one pointing nowhere is reported too. */
    List<String> parserMessages() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        List<String> messages = new OpenAPIV3Parser().readContents(text, null, options).getMessages();
        return messages == null ? List.of() : messages;
    }

    /** The document with every reference resolved in place. */
    OpenAPI model() {
        ParseOptions options = new ParseOptions();
        options.setResolveFully(true);
        return new OpenAPIV3Parser().readContents(text, null, options).getOpenAPI();
    }

    private static Schema openApi30() {
        try (InputStream schema = OpenApiDocument.class.getResourceAsStream("/openapi-3.0/schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(new String(schema.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
