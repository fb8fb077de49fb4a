-- Source tables the models read that another stage writes (contract A). Declared here with
-- "if not exists" so the models build, and their contracts run, before the first load of that
-- kind; the ingest schema creates the same columns.
create table if not exists raw_contact (
    upn varchar,
    urn varchar,
    contact_date date,
    contact_type varchar,
    visitor_role varchar,
    staff_present integer,
    risk_assessed boolean,
    reason varchar,
    outcome varchar,
    notes varchar,
    load_id bigint,
    source_file varchar,
    source_line bigint
);

create table if not exists raw_dfe_statistic (
    source_file varchar,
    source_line bigint,
    dataset varchar,
    time_period varchar,
    time_identifier varchar,
    period_type varchar,
    geographic_level varchar,
    country_code varchar,
    region_code varchar,
    region_name varchar,
    la_code varchar,
    new_la_code varchar,
    la_name varchar,
    school_type varchar,
    characteristic varchar,
    population varchar,
    measure varchar,
    value double,
    symbol varchar
);
