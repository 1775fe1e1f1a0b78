package org.shouhu.query.projections;

import org.springframework.context.annotation.Conditional;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A bean that exists only on a node with the {@code query} role ({@code shouhu.node.roles}):
 * the projections, so that a node that only takes commands runs no event processor and keeps
 * its connections for the writes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(QueryRoleCondition.class)
public @interface OnQueryNode {
}
