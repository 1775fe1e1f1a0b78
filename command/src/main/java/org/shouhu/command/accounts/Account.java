package org.shouhu.command.accounts;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.shouhu.command.rules.AreaFitsTheRole;
import org.shouhu.command.rules.ReasonIsGiven;
import org.shouhu.command.rules.Required;
import org.shouhu.command.rules.RuleViolation;
import org.shouhu.events.accounts.AccountCreated;
import org.shouhu.events.accounts.AccountDisabled;
import org.shouhu.events.accounts.AccountName;
import org.shouhu.events.accounts.AccountRole;
import org.shouhu.events.accounts.AccountRoleChanged;
import org.shouhu.events.common.Area;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An account the bureau administers: every change is an event, with who made it and why in
 * its metadata, so that an inspector can tell who could see what, when.
 */
@Aggregate(commandTargetResolver = "expectedVersionTargetResolver")
public class Account {

    @AggregateIdentifier
    private AccountName username;
    private AccountRole role;
    private Area area;
    private boolean disabled;

    protected Account() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Account(CreateAccount command, AccountRegister register) {
        Required.field(command.role(), "role");
        Required.field(command.passwordHash(), "password");
        Area area = command.area() == null ? Area.DISTRICT : command.area();
        AreaFitsTheRole.check(command.role(), area);
        ReasonIsGiven.check(command.reason());
        register.create(command.username(), command.passwordHash(), command.role(), area);
        apply(new AccountCreated(command.username(), command.role(), area));
    }

    @CommandHandler
    public void handle(ChangeAccountRole command, AccountRegister register) {
        aDisabledAccountStaysDisabled();
        Required.field(command.role(), "role");
        Area newArea = command.area() == null ? Area.DISTRICT : command.area();
        AreaFitsTheRole.check(command.role(), newArea);
        ReasonIsGiven.check(command.reason());
        register.changeRole(username, command.role(), newArea);
        apply(new AccountRoleChanged(username, command.role(), newArea, role, area));
    }

    @CommandHandler
    public void handle(DisableAccount command, AccountRegister register) {
        aDisabledAccountStaysDisabled();
        ReasonIsGiven.check(command.reason());
        register.disable(username);
        apply(new AccountDisabled(username));
    }

    /** A disabled account is closed for good: a person who comes back gets a new account. */
    private void aDisabledAccountStaysDisabled() {
        if (disabled) {
            throw new RuleViolation("account.disabled", null, "the account is disabled");
        }
    }

    @EventSourcingHandler
    void on(AccountCreated event) {
        username = event.username();
        role = event.role();
        area = event.area();
    }

    @EventSourcingHandler
    void on(AccountRoleChanged event) {
        role = event.role();
        area = event.area();
    }

    @EventSourcingHandler
    void on(AccountDisabled event) {
        disabled = true;
    }
}
