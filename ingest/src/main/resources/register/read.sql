-- Reads a batch of register exports and classifies every row by the first rule it breaks (null =
-- good) in one pass. ${lines} reads the files as whole lines (one read_csv per line-ending style,
-- each numbering its rows in read order), so every row keeps its exact line number in its own file;
-- register fields never hold commas, though a field may be quoted. Lines 1 and 2 are the preamble
-- and header. UPN check letters and duplicates are judged next, in judge.sql.
create or replace temp table register_checked as
with numbered as (
    select files.file_id, lines.position, lines.line
    from (${lines}) as lines
    join register_file as files on files.file_path = lines.file_path
),

file_start as (
    select file_id, min(position) as first_position
    from numbered
    group by file_id
),

fields as (
    select
        numbered.file_id,
        numbered.position - file_start.first_position + 1 as source_line,
        numbered.line as raw_text,
        string_split(rtrim(numbered.line, chr(13)), ',') as fields
    from numbered
    join file_start on file_start.file_id = numbered.file_id
    where numbered.line is not null and trim(rtrim(numbered.line, chr(13))) <> ''
),

stage as (
    select
        file_id,
        source_line,
        raw_text,
        len(fields) as field_count,
        nullif(register_unquote(fields[1]), '') as urn,
        nullif(register_unquote(fields[2]), '') as upn,
        nullif(register_unquote(fields[3]), '') as admission_date,
        nullif(register_unquote(fields[4]), '') as leaving_date,
        nullif(register_unquote(fields[5]), '') as date,
        nullif(register_unquote(fields[6]), '') as session,
        nullif(register_unquote(fields[7]), '') as mark,
        nullif(register_unquote(fields[8]), '') as minutes_late
    from fields
    where source_line > 2
),

typed as (
    select
        stage.*,
        files.urn as export_urn,
        try_cast(stage.date as date) as session_date,
        try_cast(stage.admission_date as date) as admission_day,
        try_cast(stage.leaving_date as date) as leaving_day,
        try_cast(stage.minutes_late as integer) as late_minutes
    from stage
    join register_file as files on files.file_id = stage.file_id
),

looked_up as (
    select
        typed.*,
        codes.code as known_code,
        codes.category,
        school_days.day is not null as is_school_day,
        census.upn is null as missing_from_census
    from typed
    left join seed_attendance_code as codes
        on codes.code = typed.mark
       and typed.session_date between codes.valid_from and codes.valid_to
    left join register_school_day as school_days
        on school_days.urn = typed.export_urn and school_days.day = typed.session_date
    left join (select distinct urn, upn from raw_census_pupil) as census
        on census.urn = typed.export_urn and census.upn = typed.upn
)

select
    file_id,
    source_line,
    raw_text,
    export_urn,
    upn,
    session_date,
    session,
    admission_day,
    leaving_day,
    mark,
    late_minutes,
    missing_from_census,
    case
        when field_count <> 8 then 'REG000'
        when regexp_matches(raw_text, '(^|,)"?[=+\-@]') then 'REG009'
        when urn is distinct from export_urn then 'REG001'
        when session_date is null then 'REG002'
        when session is null or session not in ('AM', 'PM') then 'REG003'
        when admission_day is null
            or (leaving_date is not null and leaving_day is null) then 'REG004'
        when upn is null then 'REG005'
        when mark is not null and known_code is null then 'REG006'
        when (session_date < admission_day or session_date > leaving_day)
            and coalesce(category, '') <> 'administrative' then 'REG007'
        when not is_school_day then 'REG012'
        when minutes_late is not null and late_minutes is null then 'REG008'
    end as rule_code,
    -- one number for the duplicate searches; a collision only makes a row a candidate
    hash(export_urn, upn, session_date, session) as key_hash
from looked_up;
