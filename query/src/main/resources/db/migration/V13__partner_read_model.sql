-- The partner organisations children are referred to, as the workforce projection builds them.
CREATE TABLE read_model.partner (
    partner_id UUID         PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    kind       VARCHAR(40)  NOT NULL,
    township   VARCHAR(60),
    village    VARCHAR(60),
    phone      VARCHAR(24)
);
