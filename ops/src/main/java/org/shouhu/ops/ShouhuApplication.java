package org.shouhu.ops;

import org.shouhu.ops.integrity.VerifyCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Assembles the command side, the query side and the operations around them into one application. */
@SpringBootApplication(scanBasePackages = "org.shouhu")
@ConfigurationPropertiesScan(basePackages = "org.shouhu")
public class ShouhuApplication {

    public static void main(String[] args) {
        if (VerifyCommand.requested(args)) {
            System.exit(VerifyCommand.run(ShouhuApplication.class, args));
        }
        SpringApplication.run(ShouhuApplication.class, args);
    }
}
