package org.shouhu.ops.support;

import org.shouhu.ops.ShouhuApplication;
import org.shouhu.ops.database.EmbeddedPostgresServer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

/** Application instances of a test's own, on a PostgreSQL the test started (several may share it). */
public final class Nodes {

    private Nodes() {
    }

    /** A node on the named database of the server, on a free port, with the test profile and more options. */
    public static ConfigurableApplicationContext start(EmbeddedPostgresServer database, String name, String... options) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=" + database.jdbcUrl(name),
                "--spring.datasource.username=" + database.username()));
        arguments.addAll(List.of(options));
        return new SpringApplicationBuilder(ShouhuApplication.class).profiles("test").run(arguments.toArray(String[]::new));
    }

    public static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }
}
