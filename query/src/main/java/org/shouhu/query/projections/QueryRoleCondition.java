package org.shouhu.query.projections;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

import java.util.List;
import java.util.Locale;

/**
 * True when {@code shouhu.node.roles} names {@code query}, or is not set (a node has every
 * role by default). Read with the binder, so that a list in YAML and {@code command,query} in
 * an environment variable mean the same.
 */
public class QueryRoleCondition implements Condition {

    public static final String PROPERTY = "shouhu.node.roles";
    public static final String QUERY = "query";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return hasRole(context.getEnvironment(), QUERY);
    }

    public static boolean hasRole(Environment environment, String role) {
        List<String> roles = Binder.get(environment).bind(PROPERTY, Bindable.listOf(String.class)).orElse(null);
        return roles == null || roles.stream().map(r -> r.trim().toLowerCase(Locale.ROOT)).anyMatch(role::equals);
    }
}
