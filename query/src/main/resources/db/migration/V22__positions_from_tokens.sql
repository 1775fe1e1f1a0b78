-- A read model's position is now read from its processor's tokens (token_entry), which Axon
-- stores in the same transaction as the table writes of each batch: one position per segment,
-- correct when the segments are shared by several nodes. The table kept one position per read
-- model and is no longer written.
DROP TABLE read_model.projection_position;
