-- Classifies every staged register row by the first rule it breaks (null = good). Duplicates of
-- (pupil, date, session) are judged within each file among otherwise good rows: exact copies keep
-- the first and quarantine the rest; conflicting copies are all quarantined.
create or replace temp table register_checked as
with typed as (
    select
        stage.*,
        files.urn as export_urn,
        try_cast(stage.date as date) as session_date,
        try_cast(stage.admission_date as date) as admission_day,
        try_cast(stage.leaving_date as date) as leaving_day,
        try_cast(stage.minutes_late as integer) as late_minutes
    from register_stage as stage
    join register_file as files on files.file_id = stage.file_id
),

looked_up as (
    select
        typed.*,
        codes.code as known_code,
        codes.category,
        school_days.day is not null as is_school_day,
        bad_upns.upn is not null as has_bad_upn
    from typed
    left join seed_attendance_code as codes
        on codes.code = typed.mark
       and typed.session_date between codes.valid_from and codes.valid_to
    left join register_school_day as school_days
        on school_days.urn = typed.export_urn and school_days.day = typed.session_date
    left join register_bad_upn as bad_upns on bad_upns.upn = typed.upn
),

row_checked as (
    select
        looked_up.*,
        case
            when field_count <> 8 then 'REG000'
            when regexp_matches(raw_text, '(^|,)"?[=+\-@]') then 'REG009'
            when urn is distinct from export_urn then 'REG001'
            when session_date is null then 'REG002'
            when session is null or session not in ('AM', 'PM') then 'REG003'
            when admission_day is null
                or (leaving_date is not null and leaving_day is null) then 'REG004'
            when upn is null or has_bad_upn then 'REG005'
            when mark is not null and known_code is null then 'REG006'
            when (session_date < admission_day or session_date > leaving_day)
                and coalesce(category, '') <> 'administrative' then 'REG007'
            when not is_school_day then 'REG012'
            when minutes_late is not null and late_minutes is null then 'REG008'
        end as row_rule,
        coalesce(mark, '') || '|' || coalesce(minutes_late, '') as mark_text
    from looked_up
),

copies as (
    select
        file_id,
        source_line,
        min(mark_text) over key_window <> max(mark_text) over key_window as conflicting,
        row_number() over (
            partition by file_id, upn, session_date, session order by source_line
        ) as copy_number
    from row_checked
    where row_rule is null
    window key_window as (partition by file_id, upn, session_date, session)
),

census as (
    select distinct urn, upn from raw_census_pupil
)

select
    row_checked.*,
    coalesce(
        row_checked.row_rule,
        case
            when copies.conflicting then 'REG011'
            when copies.copy_number > 1 then 'REG010'
        end
    ) as rule_code,
    census.upn is null as missing_from_census
from row_checked
left join copies
    on copies.file_id = row_checked.file_id and copies.source_line = row_checked.source_line
left join census on census.urn = row_checked.export_urn and census.upn = row_checked.upn;

-- what each file's rows came to: an error quarantines the row, a query loads it and lists it
create or replace temp table register_file_count as
select
    file_id,
    count(*) as rows_read,
    count(*) filter (where rule_code is not null and rule_code <> 'REG010') as rows_quarantined,
    count(*) filter (
        where rule_code = 'REG010' or (rule_code is null and missing_from_census)
    ) as rows_queried
from register_checked
group by file_id;
