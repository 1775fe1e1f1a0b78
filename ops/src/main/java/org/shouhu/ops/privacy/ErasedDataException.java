package org.shouhu.ops.privacy;

import java.util.UUID;

/** Personal data was to be written for a child whose data was erased: the rules should have refused it earlier. */
public class ErasedDataException extends IllegalStateException {

    public ErasedDataException(UUID owner) {
        super("the personal data of child " + owner + " was erased; nothing personal can be recorded for it again");
    }
}
