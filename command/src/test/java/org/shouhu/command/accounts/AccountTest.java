package org.shouhu.command.accounts;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouhu.command.rules.RuleViolation;
import org.shouhu.events.accounts.AccountCreated;
import org.shouhu.events.accounts.AccountDisabled;
import org.shouhu.events.accounts.AccountName;
import org.shouhu.events.accounts.AccountRole;
import org.shouhu.events.accounts.AccountRoleChanged;
import org.shouhu.events.common.Area;
import org.shouhu.events.common.Reason;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouhu.command.child.ChildCaseFixture.violates;

class AccountTest {

    private static final AccountName WANG = new AccountName("wang.fang");
    private static final Area QINGLONG = Area.parse("石洞镇/青龙村");
    private static final Reason REASON = new Reason("new child director of 青龙村");

    private final Map<AccountName, String> register = new HashMap<>();
    private AggregateTestFixture<Account> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Account.class);
        fixture.registerInjectableResource(new AccountRegister() {
            @Override
            public void create(AccountName username, String passwordHash, AccountRole role, Area area) {
                if (register.putIfAbsent(username, role + " " + area) != null) {
                    throw new RuleViolation("username.unique", "username", "taken");
                }
            }

            @Override
            public void changeRole(AccountName username, AccountRole role, Area area) {
                register.put(username, role + " " + area);
            }

            @Override
            public void disable(AccountName username) {
                register.put(username, "disabled");
            }
        });
    }

    @Test
    void the_bureau_opens_an_account_whose_password_stays_out_of_the_events() {
        fixture.givenNoPriorActivity()
                .when(new CreateAccount(WANG, AccountRole.DIRECTOR, QINGLONG, "$2a$10$hash", REASON))
                .expectEvents(new AccountCreated(WANG, AccountRole.DIRECTOR, QINGLONG));
        assertThat(register).containsEntry(WANG, "DIRECTOR 石洞镇/青龙村");
    }

    @Test
    void area_fits_the_role() {
        fixture.givenNoPriorActivity()
                .when(new CreateAccount(WANG, AccountRole.DIRECTOR, Area.parse("石洞镇"), "$2a$10$hash", REASON))
                .expectNoEvents()
                .expectException(violates("area.role-mismatch"));
        fixture.givenNoPriorActivity()
                .when(new CreateAccount(WANG, AccountRole.INSPECTOR, QINGLONG, "$2a$10$hash", REASON))
                .expectNoEvents()
                .expectException(violates("area.role-mismatch"));
    }

    @Test
    void an_account_name_is_taken_once() {
        register.put(WANG, "taken");
        fixture.givenNoPriorActivity()
                .when(new CreateAccount(WANG, AccountRole.DIRECTOR, QINGLONG, "$2a$10$hash", REASON))
                .expectNoEvents()
                .expectException(violates("username.unique"));
    }

    @Test
    void a_role_change_records_what_it_was() {
        fixture.given(new AccountCreated(WANG, AccountRole.DIRECTOR, QINGLONG))
                .when(new ChangeAccountRole(WANG, AccountRole.SUPERVISOR, Area.parse("石洞镇"), REASON))
                .expectEvents(new AccountRoleChanged(WANG, AccountRole.SUPERVISOR, Area.parse("石洞镇"),
                        AccountRole.DIRECTOR, QINGLONG));
    }

    @Test
    void every_change_gives_a_reason() {
        fixture.given(new AccountCreated(WANG, AccountRole.DIRECTOR, QINGLONG))
                .when(new DisableAccount(WANG, null))
                .expectNoEvents()
                .expectException(violates("reason.required"));
    }

    @Test
    void a_disabled_account_stays_disabled() {
        fixture.given(new AccountCreated(WANG, AccountRole.DIRECTOR, QINGLONG), new AccountDisabled(WANG))
                .when(new ChangeAccountRole(WANG, AccountRole.BUREAU, Area.DISTRICT, REASON))
                .expectNoEvents()
                .expectException(violates("account.disabled"));
    }

    @Test
    void an_account_is_disabled() {
        fixture.given(new AccountCreated(WANG, AccountRole.DIRECTOR, QINGLONG))
                .when(new DisableAccount(WANG, REASON))
                .expectEvents(new AccountDisabled(WANG));
        assertThat(register).containsEntry(WANG, "disabled");
    }
}
