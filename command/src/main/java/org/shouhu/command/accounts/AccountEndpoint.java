package org.shouhu.command.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.shouhu.command.rules.RuleViolation;
import org.shouhu.command.web.Answers;
import org.shouhu.command.web.CommandDispatcher;
import org.shouhu.command.web.RequiredFields;
import org.shouhu.command.web.WriteRequests;
import org.shouhu.events.accounts.AccountName;
import org.shouhu.events.accounts.AccountRole;
import org.shouhu.events.common.Area;
import org.shouhu.events.common.Reason;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** {@code /accounts}: the bureau opens accounts, changes their role and area, and disables them. */
@RestController
@RequestMapping("/api/v1/accounts")
public class AccountEndpoint {

    static final int MIN_PASSWORD_LENGTH = 10;

    private final CommandDispatcher dispatcher;
    private final WriteRequests writeRequests;
    private final PasswordEncoder passwords;
    private final JdbcTemplate jdbc;

    public AccountEndpoint(CommandDispatcher dispatcher, WriteRequests writeRequests, PasswordEncoder passwords,
                           JdbcTemplate jdbc) {
        this.dispatcher = dispatcher;
        this.writeRequests = writeRequests;
        this.passwords = passwords;
        this.jdbc = jdbc;
    }

    public record NewAccount(AccountName username, AccountRole role, Area area, String password, Reason reason) {
        /** Kept out of the idempotency fingerprint and of anything logged. */
        @Override
        public String toString() {
            return "NewAccount[" + username + ", " + role + ", " + area + "]";
        }
    }

    public record RoleChange(AccountRole role, Area area, Reason reason) {
    }

    public record Disabling(Reason reason) {
    }

    public record AccountView(String username, String role, String area, boolean enabled) {
    }

    @GetMapping
    public List<AccountView> accounts() {
        return jdbc.query("SELECT username, role, area, enabled FROM write_model.account ORDER BY username",
                (rs, i) -> new AccountView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
    }

    @PostMapping
    public ResponseEntity<Object> create(@RequestBody NewAccount body, HttpServletRequest http) {
        RequiredFields.check().field("username", body.username()).field("role", body.role())
                .field("password", body.password()).field("reason", body.reason()).orRefuse();
        if (body.password().length() < MIN_PASSWORD_LENGTH) {
            throw new RuleViolation("password.too-short", "password",
                    "password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        // the fingerprint of the request must not hold the password: hash it apart
        NewAccount fingerprinted = new NewAccount(body.username(), body.role(), body.area(), null, body.reason());
        return dispatcher.dispatch(body.username().value(),
                new CreateAccount(body.username(), body.role(), body.area(), passwords.encode(body.password()),
                        body.reason()),
                writeRequests.of(http, fingerprinted, body.reason()), HttpStatus.CREATED, Answers::account,
                URI.create("/api/v1/accounts/" + body.username().value()));
    }

    @PostMapping("/{username}/role")
    public ResponseEntity<Object> changeRole(@PathVariable AccountName username, @RequestBody RoleChange body,
                                             HttpServletRequest http) {
        RequiredFields.check().field("role", body.role()).field("reason", body.reason()).orRefuse();
        return dispatcher.dispatch(username.value(), new ChangeAccountRole(username, body.role(), body.area(),
                body.reason()), writeRequests.of(http, body, body.reason()), HttpStatus.OK, Answers::account, null);
    }

    @PostMapping("/{username}/disabling")
    public ResponseEntity<Object> disable(@PathVariable AccountName username, @RequestBody Disabling body,
                                          HttpServletRequest http) {
        RequiredFields.check().field("reason", body.reason()).orRefuse();
        return dispatcher.dispatch(username.value(), new DisableAccount(username, body.reason()),
                writeRequests.of(http, body, body.reason()), HttpStatus.OK, Answers::account, null);
    }
}
