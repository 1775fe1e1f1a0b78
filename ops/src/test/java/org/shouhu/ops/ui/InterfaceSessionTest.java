package org.shouhu.ops.ui;

import org.junit.jupiter.api.Test;
import org.shouhu.ops.support.Api;
import org.shouhu.ops.support.ApplicationTest;
import org.shouhu.ops.support.Session;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interface's session and the API: a page's script may call the API with the session only
 * with its CSRF token; an API client with its own credentials needs none and gets no session.
 */
class InterfaceSessionTest extends ApplicationTest {

    @Test
    void a_call_riding_on_the_session_needs_the_csrf_token() {
        String childId = register(org.shouhu.ops.support.Children.registration());
        long events = eventCount(childId);
        Session session = Session.signIn(port, "director", "test");
        String visit = "{\"occurredOn\":\"" + LocalDate.now() + "\",\"kind\":\"PHONE\",\"childSeen\":false,"
                + "\"findings\":\"电话联系奶奶\"}";

        HttpResponse<String> forged = session.post("/api/v1/children/" + childId + "/visits", visit, null);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(eventCount(childId)).isEqualTo(events);

        HttpResponse<String> fromThePage = session.post("/api/v1/children/" + childId + "/visits", visit, session.csrfToken());
        assertThat(fromThePage.statusCode()).as(fromThePage.body()).isEqualTo(201);
        assertThat(eventCount(childId)).isEqualTo(events + 1);
    }

    @Test
    void an_api_client_with_its_own_credentials_needs_no_token_and_gets_no_session() {
        Api.Reply reply = api.post("/api/v1/children", org.shouhu.ops.support.Children.registration());
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.headers().keySet()).noneMatch(name -> name.equalsIgnoreCase("Set-Cookie"));
        Api.Reply read = api.get("/api/v1/roster?limit=1");
        assertThat(read.headers().keySet()).noneMatch(name -> name.equalsIgnoreCase("Set-Cookie"));
    }

    @Test
    void an_api_call_without_credentials_is_still_asked_for_them() {
        Api.Reply reply = api.anonymous().post("/api/v1/children", org.shouhu.ops.support.Children.registration());
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");
    }
}
