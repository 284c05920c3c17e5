package no.samkurs.calendar.feed.boundary;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A request and a response as a servlet container hands them over, just enough of them for the feed servlet. */
final class Http {

    final Map<String, String> requestHeaders = new HashMap<>();
    final Map<String, List<String>> parameters = new HashMap<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
    String pathInfo;
    String scheme = "http";
    int port = 8080;
    int status = 200;
    String contentType;

    Http(String pathInfo) {
        this.pathInfo = pathInfo;
    }

    Http header(String name, String value) {
        requestHeaders.put(name.toLowerCase(Locale.ROOT), value);
        return this;
    }

    Http parameter(String name, String... values) {
        parameters.put(name, List.of(values));
        return this;
    }

    String text() {
        return body.toString(StandardCharsets.UTF_8);
    }

    HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getPathInfo" -> pathInfo;
                    case "getParameter" -> parameters.containsKey((String) args[0])
                            ? parameters.get((String) args[0]).get(0) : null;
                    case "getParameterValues" -> parameters.containsKey((String) args[0])
                            ? parameters.get((String) args[0]).toArray(String[]::new) : null;
                    case "getHeader" -> requestHeaders.get(((String) args[0]).toLowerCase(Locale.ROOT));
                    case "getScheme" -> scheme;
                    case "isSecure" -> "https".equals(scheme);
                    case "getServerName" -> "kalender.example";
                    case "getServerPort" -> port;
                    case "getContextPath" -> "";
                    case "getLocales" -> Collections.enumeration(List.of(Locale.forLanguageTag("nb")));
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    HttpServletResponse response() {
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }

            @Override
            public void write(int b) {
                body.write(b);
            }
        };
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                        case "setStatus" -> status = (Integer) args[0];
                        case "setContentType" -> contentType = (String) args[0];
                        case "setContentLength" -> headers.put("Content-Length", String.valueOf(args[0]));
                        case "getOutputStream" -> {
                            return out;
                        }
                        case "isCommitted" -> {
                            return false;
                        }
                        case "resetBuffer" -> body.reset();
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                    return null;
                });
    }
}
