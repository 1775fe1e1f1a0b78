package org.shouhu.ops.ui;

import org.shouhu.events.accounts.AccountRole;
import org.shouhu.events.common.Area;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The person reading a page: what the navigation and the page's buttons need to know about
 * him (his role decides which links he sees; the API decides what he may do).
 */
public record Reader(String name, AccountRole role, String area) {

    private static final String ROLE_PREFIX = "ROLE_";

    public static Reader of(Authentication authentication) {
        Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        AccountRole role = authorities.stream().filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .filter(name -> Arrays.stream(AccountRole.values()).anyMatch(known -> known.name().equals(name)))
                .map(AccountRole::valueOf).findFirst().orElse(AccountRole.DASHBOARD);
        String area = authorities.stream().map(Area::fromAuthority).flatMap(java.util.Optional::stream)
                .map(Area::toString).findFirst().orElse(Area.DISTRICT.toString());
        return new Reader(authentication.getName(), role, area);
    }

    public boolean records() {
        return role == AccountRole.DIRECTOR || role == AccountRole.SUPERVISOR || role == AccountRole.BUREAU;
    }

    public boolean readsCases() {
        return role != AccountRole.DASHBOARD;
    }

    public boolean readsDashboards() {
        return role != AccountRole.DIRECTOR;
    }

    public boolean inspects() {
        return role == AccountRole.INSPECTOR || role == AccountRole.BUREAU;
    }

    public boolean approves() {
        return role == AccountRole.SUPERVISOR || role == AccountRole.BUREAU;
    }
}
