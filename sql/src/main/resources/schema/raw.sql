-- Tables that ingest writes. Every row keeps its lineage: the load, the file and the line or
-- element it came from. No PRIMARY KEY or UNIQUE constraints: keys are checked by data tests.

create sequence if not exists load_id_seq start 1;

create table if not exists load_ledger (
    load_id bigint,
    job_name varchar,
    file_kind varchar,
    file_name varchar,
    file_path varchar,
    file_sha256 varchar,
    started_at timestamp,
    finished_at timestamp,
    status varchar,            -- LOADED, REJECTED, FAILED
    rows_read bigint,
    rows_loaded bigint,
    rows_quarantined bigint,
    rows_queried bigint,
    message varchar
);

create table if not exists raw_quarantine (
    load_id bigint,
    file_name varchar,
    line bigint,
    field varchar,
    rule_code varchar,
    severity varchar,          -- error (row not loaded) or query (loaded, to be explained)
    message varchar,
    raw_text varchar
);

create table if not exists raw_school (
    urn varchar,
    la_code varchar,
    estab varchar,
    school_name varchar,
    phase varchar,
    head_email varchar,
    clerk_email varchar,
    postcode varchar,
    load_id bigint,
    source_file varchar,
    source_line bigint
);

create table if not exists raw_calendar (
    academic_year varchar,
    kind varchar,
    name varchar,
    start_date date,
    end_date date,
    urn varchar,
    load_id bigint,
    source_file varchar,
    source_line bigint
);

create table if not exists raw_census_pupil (
    urn varchar,
    census_term varchar,
    census_year integer,
    reference_date date,
    on_roll boolean,
    upn varchar,
    surname varchar,
    forename varchar,
    date_of_birth date,
    sex varchar,
    ethnicity varchar,
    first_language varchar,
    fsm_eligible boolean,      -- eligible on the census reference date
    sen_provision varchar,
    enrol_status varchar,
    entry_date date,
    leaving_date date,
    nc_year varchar,
    load_id bigint,
    source_file varchar,
    element_path varchar
);

create table if not exists raw_census_fsm_period (
    urn varchar,
    census_term varchar,
    census_year integer,
    upn varchar,
    start_date date,
    end_date date,
    load_id bigint,
    source_file varchar,
    element_path varchar
);

create table if not exists raw_census_attendance (
    urn varchar,
    census_term varchar,
    census_year integer,
    upn varchar,
    academic_year varchar,
    term varchar,
    sessions_possible integer,
    sessions_authorised integer,
    sessions_unauthorised integer,
    load_id bigint,
    source_file varchar,
    element_path varchar
);

create table if not exists raw_census_reason (
    urn varchar,
    census_term varchar,
    census_year integer,
    upn varchar,
    academic_year varchar,
    term varchar,
    reason varchar,
    sessions integer,
    load_id bigint,
    source_file varchar,
    element_path varchar
);

-- The current mark for each (school, pupil, date, session): the one from the latest export.
create table if not exists raw_mark (
    urn varchar,
    upn varchar,
    admission_date date,
    leaving_date date,
    session_date date,
    session varchar,
    mark varchar,
    minutes_late integer,
    exported_at timestamp,
    load_id bigint,
    source_file varchar,
    source_line bigint
);

-- Marks replaced by a later export, with when and by which file.
create table if not exists raw_mark_history (
    urn varchar,
    upn varchar,
    session_date date,
    session varchar,
    mark varchar,
    minutes_late integer,
    exported_at timestamp,
    load_id bigint,
    source_file varchar,
    source_line bigint,
    replaced_by_mark varchar,
    replaced_by_exported_at timestamp,
    replaced_by_load_id bigint,
    replaced_by_file varchar
);

-- The LA's intervention log: contacts, letters and notices, one row per contact.
-- formula_fields names the text fields that begin with = + - or @: they are stored as written,
-- and every spreadsheet export must escape them. covers_to is the last day the log file covers
-- (from its name): a log replaces an older log of the same academic year, never a newer one.
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
    source_line bigint,
    formula_fields varchar,
    academic_year varchar,
    covers_to date
);

-- Every published DfE statistics file in one long table: one row per published cell.
-- value is null when the cell holds a symbol (x, c, z, k, .), which is kept in symbol.
create table if not exists raw_dfe_statistic (
    source_file varchar,
    source_line bigint,
    dataset varchar,
    time_period varchar,
    time_identifier varchar,
    period_type varchar,       -- full_year, term, year_to_date, week
    geographic_level varchar,
    country_code varchar,
    region_code varchar,
    region_name varchar,
    la_code varchar,
    new_la_code varchar,
    la_name varchar,
    school_type varchar,
    characteristic varchar,
    population varchar,        -- all_pupils, children_in_need, child_protection_plan, looked_after
    measure varchar,
    value double,
    symbol varchar,
    load_id bigint
);

-- The DfE children's services statistical neighbours: each LA's 10 nearest, in order.
create table if not exists raw_dfe_statistical_neighbour (
    la_code varchar,
    la_name varchar,
    neighbour_rank integer,
    neighbour_la_code varchar,
    neighbour_la_name varchar,
    closeness varchar,
    load_id bigint,
    source_file varchar,
    source_line bigint
);
