package org.shouhu.ops.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/**
 * Starts the embedded PostgreSQL and points the connection pool at it, unless an external
 * database is configured with {@code spring.datasource.url}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
public class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
        return EmbeddedPostgresServer.start(properties);
    }

    /** The pool still takes every {@code spring.datasource.hikari.*} setting. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedPostgresServer server, EmbeddedDatabaseProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl(properties.database()));
        dataSource.setUsername(server.username());
        return dataSource;
    }
}
