package org.shouhu.ops.integrity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Arrays;

/**
 * {@code java -jar shouhu.jar verify [--options]}: the verifier from the command line, on the
 * database the same options name, without serving HTTP. Prints the verification as JSON and
 * exits 0 when the store is intact, 1 when it is broken.
 */
public final class VerifyCommand {

    public static final String ARGUMENT = "verify";

    private VerifyCommand() {
    }

    public static boolean requested(String[] args) {
        return args.length > 0 && ARGUMENT.equals(args[0]);
    }

    public static int run(Class<?> application, String[] args) {
        String[] options = Arrays.copyOfRange(args, 1, args.length);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                // the verification is the output: the log says only what went wrong
                .properties("shouhu.integrity.checkpoint-interval=0", "shouhu.demo.enabled=false",
                        "logging.level.root=WARN")
                .run(options)) {
            Verification verification = context.getBean(IntegrityVerifier.class).verify();
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(verification));
            return verification.intact() ? 0 : 1;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the verification cannot be printed", e);
        }
    }
}
