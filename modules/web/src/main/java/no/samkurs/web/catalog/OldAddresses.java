package no.samkurs.web.catalog;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The addresses of the catalog's first, static pages ({@code tilbud.html?q=…}, {@code tilbudet.html?id=…}) lead
 * to the same search and offering on the pages that replaced them: people bookmarked and shared them.
 */
@WebServlet(urlPatterns = {"/tilbud.html", "/tilbudet.html"})
public class OldAddresses extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getServletPath();
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + path.substring(0, path.length() - ".html".length())
                + (query == null ? "" : "?" + query));
    }
}
