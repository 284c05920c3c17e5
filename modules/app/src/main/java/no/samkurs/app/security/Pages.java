package no.samkurs.app.security;

/** The frame of the server-rendered pages until the web component takes over: language, styles, skip link. */
final class Pages {

    private Pages() {
    }

    static String page(String title, String main) {
        return """
                <!DOCTYPE html>
                <html lang="nb">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>%s – Samkurs</title>
                  <link rel="stylesheet" href="samkurs.css">
                </head>
                <body>
                  <a class="skip" href="#main">Hopp til hovedinnhold</a>
                  <header><a class="brand" href="./">Samkurs</a></header>
                  <main id="main">
                %s
                  </main>
                </body>
                </html>
                """.formatted(escape(title), main);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
