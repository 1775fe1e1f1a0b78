package org.shouhu.command.rules;

import org.shouhu.events.common.Area;

/**
 * A director records for the children of her village, a supervisor for those of his township;
 * a child outside the actor's area is invisible to the actor, as if it did not exist, so that
 * a refusal does not reveal where children are.
 */
public final class ActorAreaCoversTheChild {

    private ActorAreaCoversTheChild() {
    }

    /** @param actorArea from the command's metadata; absent for internal senders acting for the district */
    public static void check(String actorArea, String township, String village) {
        if (!Area.parse(actorArea).covers(township, village)) {
            throw new OutOfScope(false);
        }
    }

    /** A child is registered only into the registering actor's own area. */
    public static void checkRegistration(String actorArea, String township, String village) {
        if (!Area.parse(actorArea).covers(township, village)) {
            throw new OutOfScope(true);
        }
    }

    /** The actor's area does not cover the child: answered 404 for an existing child, 403 for a registration. */
    public static class OutOfScope extends RuntimeException {

        private final boolean registration;

        OutOfScope(boolean registration) {
            super(registration ? "you may register children of your own area only" : "no child with this id",
                    null, false, false);
            this.registration = registration;
        }

        public boolean registration() {
            return registration;
        }
    }
}
