package org.shouhu.usualway;

import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.SimpleDeadlineManager;
import org.shouhu.command.attachments.AttachmentStore;
import org.shouhu.command.child.ResidentIdRegistry;
import org.shouhu.command.concerns.ConcernProperties;
import org.shouhu.command.erasure.PersonalDataKeys;
import org.shouhu.command.partners.PartnerRegister;
import org.shouhu.command.workers.WorkerRegister;
import org.shouhu.events.common.Area;
import org.shouhu.events.common.ChildId;
import org.shouhu.events.partners.PartnerId;
import org.shouhu.events.common.ResidentId;
import org.shouhu.events.common.WorkerId;
import org.shouhu.events.concerns.ConcernSeverity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What ChildCase's other command handlers take as parameters: Axon resolves every handler's
 * parameters when it reads the aggregate, so they must exist. The baseline records visits only;
 * anything else it is asked refuses loudly.
 */
@Configuration(proxyBeanMethods = false)
class NotInThisBaseline {

    private static UnsupportedOperationException refused() {
        return new UnsupportedOperationException("the usual-way baseline records visits only");
    }

    @Bean
    ResidentIdRegistry residentIds() {
        return new ResidentIdRegistry() {
            @Override
            public void claim(ResidentId residentId, ChildId childId) {
                throw refused();
            }

            @Override
            public void release(ChildId childId) {
                throw refused();
            }
        };
    }

    @Bean
    PersonalDataKeys personalDataKeys() {
        return childId -> {
            throw refused();
        };
    }

    @Bean
    AttachmentStore attachments() {
        return (childId, content) -> {
            throw refused();
        };
    }

    @Bean
    PartnerRegister partners() {
        return new PartnerRegister() {
            @Override
            public void register(PartnerId partnerId) {
                throw refused();
            }

            @Override
            public boolean knows(PartnerId partnerId) {
                throw refused();
            }
        };
    }

    @Bean
    WorkerRegister workers() {
        return new WorkerRegister() {
            @Override
            public void register(WorkerId workerId, Area area) {
                throw refused();
            }

            @Override
            public void move(WorkerId workerId, Area area) {
                throw refused();
            }

            @Override
            public void retire(WorkerId workerId) {
                throw refused();
            }

            @Override
            public Optional<OnDuty> find(WorkerId workerId) {
                throw refused();
            }

            @Override
            public void assign(ChildId childId, WorkerId workerId) {
                throw refused();
            }

            @Override
            public List<ChildId> childrenOf(WorkerId workerId) {
                throw refused();
            }
        };
    }

    @Bean
    DeadlineManager deadlineManager(org.axonframework.config.Configuration axon) {
        return SimpleDeadlineManager.builder().scopeAwareProvider(new ConfigurationScopeAwareProvider(axon)).build();
    }

    @Bean
    ConcernProperties concernProperties() {
        Map<ConcernSeverity, Duration> within = new EnumMap<>(ConcernSeverity.class);
        for (ConcernSeverity severity : ConcernSeverity.values()) {
            within.put(severity, Duration.ofDays(1));
        }
        return new ConcernProperties(within, ConcernSeverity.values()[0]);
    }
}
