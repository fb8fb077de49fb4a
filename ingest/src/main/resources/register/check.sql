-- Classifies every staged register row by the first rule it breaks (null = good). Duplicates of
-- (pupil, date, session) are judged among otherwise good rows: exact copies keep the first and
-- quarantine the rest; conflicting copies are all quarantined.
create or replace temp table register_checked as
with typed as (
    select
        stage.*,
        try_cast(stage.date as date) as session_date,
        try_cast(stage.admission_date as date) as admission_day,
        try_cast(stage.leaving_date as date) as leaving_day,
        try_cast(stage.minutes_late as integer) as late_minutes
    from register_stage as stage
),

coded as (
    select typed.*, codes.code as known_code, codes.category
    from typed
    left join seed_attendance_code as codes
        on codes.code = typed.mark
       and typed.session_date between codes.valid_from and codes.valid_to
),

row_checked as (
    select
        coded.*,
        case
            when coded.field_count <> 8 then 'REG000'
            when regexp_matches(coded.raw_text, '(^|,)"?[=+\-@]') then 'REG009'
            when coded.urn is distinct from (select urn from register_context) then 'REG001'
            when coded.session_date is null then 'REG002'
            when coded.session is null or coded.session not in ('AM', 'PM') then 'REG003'
            when coded.admission_day is null
                or (coded.leaving_date is not null and coded.leaving_day is null) then 'REG004'
            when coded.upn is null or coded.upn in (select upn from register_bad_upn) then 'REG005'
            when coded.mark is not null and coded.known_code is null then 'REG006'
            when (coded.session_date < coded.admission_day or coded.session_date > coded.leaving_day)
                and coalesce(coded.category, '') <> 'administrative' then 'REG007'
            when coded.session_date not in (select day from register_school_day) then 'REG012'
            when coded.minutes_late is not null and coded.late_minutes is null then 'REG008'
        end as row_rule,
        coalesce(coded.mark, '') || '|' || coalesce(coded.minutes_late, '') as mark_text
    from coded
),

copies as (
    select
        source_line,
        min(mark_text) over key_window <> max(mark_text) over key_window as conflicting,
        row_number() over (
            partition by upn, session_date, session order by source_line
        ) as copy_number
    from row_checked
    where row_rule is null
    window key_window as (partition by upn, session_date, session)
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
    row_checked.upn not in (
        select upn from raw_census_pupil where urn = (select urn from register_context)
    ) as missing_from_census
from row_checked
left join copies on copies.source_line = row_checked.source_line;
