package org.shouhu.ops.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A query parameter must hold text PostgreSQL can store, as a body must ({@link StorableText}):
 * a filter holding U+0000 ({@code ?township=%00}) reached the database, which refused it, and
 * the read failed with a 500. It is refused 400 naming the parameter, before anything reads it
 * (a page reads its parameters while it is being written, too late for a refusal).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
public class StorableQuery extends OncePerRequestFilter {

    private final ProblemWriter problems;

    public StorableQuery(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null) {
            for (String parameter : query.split("&")) {
                int equals = parameter.indexOf('=');
                String name = decoded(equals < 0 ? parameter : parameter.substring(0, equals));
                String value = equals < 0 ? "" : decoded(parameter.substring(equals + 1));
                String rule = StorableText.brokenRule(name + value);
                if (rule != null) {
                    problems.refuse(response, HttpStatus.BAD_REQUEST, "validation", name,
                            StorableText.refused(name, rule).getMessage(), rule);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** The parameter as the server reads it; one it cannot decode is left to the server's own refusal. */
    private static String decoded(String encoded) {
        try {
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }
}
