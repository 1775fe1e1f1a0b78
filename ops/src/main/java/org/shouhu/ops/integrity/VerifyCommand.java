package org.shouhu.ops.integrity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Arrays;

/**
 * {@code java -jar shouhu.jar verify [--options]}: the verifier from the command line, on the
 * database the same options name, without serving HTTP. Prints the verification as JSON and
 * exits 0 when the store is intact, 1 when it is broken. With {@code --expect-checkpoint=<hash>}
 * (a checkpoint printed before a backup) it also exits 1 when the store does not hold that checkpoint.
 */
public final class VerifyCommand {

    public static final String ARGUMENT = "verify";
    private static final String EXPECT_CHECKPOINT = "--expect-checkpoint=";

    private VerifyCommand() {
    }

    /** {@code --expect-checkpoint=<checkpoint hash>}: a checkpoint the verified store must hold. */
    private static String expectedCheckpoint(String[] options) {
        return Arrays.stream(options).filter(option -> option.startsWith(EXPECT_CHECKPOINT))
                .map(option -> option.substring(EXPECT_CHECKPOINT.length())).findFirst().orElse(null);
    }

    public static boolean requested(String[] args) {
        return args.length > 0 && ARGUMENT.equals(args[0]);
    }

    public static int run(Class<?> application, String[] args) {
        String[] options = Arrays.copyOfRange(args, 1, args.length);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                // the verification is the output: the log says only what went wrong
                // a tool, not a node: no processors, no deadlines, no periodic work
                .properties("shouhu.node.roles=", "shouhu.integrity.checkpoint-interval=0",
                        "shouhu.integrity.verify-interval=0", "shouhu.demo.enabled=false",
                        "logging.level.root=WARN")
                .run(options)) {
            Verification verification = context.getBean(IntegrityVerifier.class).verify();
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode printed = json.valueToTree(verification);
            boolean expectedFound = true;
            String expected = expectedCheckpoint(options);
            if (expected != null) {
                // the checkpoint printed before a backup: the restored store must hold it, and the
                // verification above recomputed its root over the restored events and checked its signature
                expectedFound = context.getBean(Checkpoints.class).withHash(expected).isPresent();
                printed.putObject("expectedCheckpoint").put("checkpointHash", expected).put("found", expectedFound);
            }
            System.out.println(json.writeValueAsString(printed));
            return verification.intact() && expectedFound ? 0 : 1;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the verification cannot be printed", e);
        }
    }
}
