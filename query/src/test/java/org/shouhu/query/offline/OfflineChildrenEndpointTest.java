package org.shouhu.query.offline;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Offline capture is for an account of one village: a broader account is refused before anything
 * is read (the endpoint is built without a database here; it would fail on any read).
 */
class OfflineChildrenEndpointTest {

    private final OfflineChildrenEndpoint endpoint = new OfflineChildrenEndpoint(null, null, null, null);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signedIn(String role, String... area) {
        String[] authorities = area.length == 0 ? new String[]{"ROLE_" + role}
                : new String[]{"ROLE_" + role, "AREA:" + area[0]};
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                role.toLowerCase(), null, AuthorityUtils.createAuthorityList(authorities)));
    }

    @Test
    void an_account_of_a_township_is_refused() {
        signedIn("SUPERVISOR", "石洞镇");
        assertThatThrownBy(() -> endpoint.children(null, null, null))
                .isInstanceOfSatisfying(ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN))
                .hasMessageContaining("one village");
    }

    @Test
    void an_account_of_the_district_is_refused() {
        signedIn("BUREAU");
        assertThatThrownBy(() -> endpoint.children(null, null, null))
                .isInstanceOfSatisfying(ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN));
    }
}
