-- A child whose personal data was erased keeps its line in the ledger (counts and statistics
-- stay the same) with an empty name and this flag.
ALTER TABLE read_model.child_file ADD COLUMN erased BOOLEAN NOT NULL DEFAULT false;
