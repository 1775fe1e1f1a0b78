-- The partner organisations a referral may name (set validation on the write side).
CREATE TABLE write_model.partner (
    partner_id UUID PRIMARY KEY
);
