-- The roster shows how many flags (warnings) are in force on each child.
ALTER TABLE read_model.child_file ADD COLUMN active_flags INTEGER NOT NULL DEFAULT 0;
